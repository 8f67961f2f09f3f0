//! The bands and the tornado, computed off the page's thread.
//!
//! 2,000 whole projections take 60–150 ms at a 600-month horizon in the browser (issue 10's
//! note): far more than a frame, and more than the 150 ms in which the bands must follow a
//! keystroke if they ran in slices of 4 ms between frames (25 slices at one a frame would take
//! over 400 ms). So they run in a Web Worker (gloo-worker's, Trunk's `data-type="worker"`),
//! in parallel with the page, which paints its point results at once and asks the worker for
//! the bands after.
//!
//! - [`BandsWorker`] is the worker: it answers a [`Job`] (a scenario's checked inputs and
//!   ranges) with the job and its [`Analysis`], so the page knows what the answer belongs to.
//! - [`Analyses`] holds the answers the page has, by job. The page shows an answer only for
//!   the job of the inputs on screen: between a keystroke and its answer a scenario's bands are
//!   pending, never the previous inputs' figures beside the new point result.
//! - [`use_analyses`] keeps at most one job at the worker. When it answers, the next job is
//!   taken from the inputs on screen then (the edited scenario first), so a burst of keystrokes
//!   never queues stale runs: the inputs typed in between are skipped.

use crate::model::input::Group;
use crate::model::projection::draws::{Analysis, analyse_of, groups_have_ranges};
use crate::model::input::Ranges;
use crate::model::Inputs;
use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
// The page's side (the hook that asks the worker) is the page's only: the worker is built
// without it (Cargo.toml's `page` feature).
#[cfg(feature = "page")]
use gloo_worker::{Spawnable, WorkerBridge};
#[cfg(feature = "page")]
use yew::prelude::*;

/// The worker's script: Trunk's loader shim of the `bands` binary (index.html), beside the page.
pub const WORKER_PATH: &str = "./bands_loader.js";

/// What the worker is asked: one scenario's checked inputs and the ranges around them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The checked inputs (the expected values).
    pub inputs: Inputs,
    /// The ranges; not empty.
    pub ranges: Ranges,
    /// The groups of its caseload, without their names (which change no figure); none when
    /// it is not split.
    pub groups: Vec<Group>,
}

impl Job {
    /// The job of a scenario; none without ranges.
    pub fn of(inputs: &Inputs, ranges: &Ranges) -> Option<Job> {
        Job::of_groups(inputs, &[], ranges)
    }

    /// The job of a scenario whose caseload is split into `groups`; none without ranges (its
    /// own or its groups').
    pub fn of_groups(inputs: &Inputs, groups: &[Group], ranges: &Ranges) -> Option<Job> {
        let has_ranges = !ranges.is_empty() || groups_have_ranges(groups);
        let groups = groups.iter().map(|g| Group { name: String::new(), ..g.clone() }).collect();
        has_ranges.then(|| Job { inputs: *inputs, ranges: ranges.clone(), groups })
    }
}

/// The worker: each job answered with its analysis.
#[derive(Debug)]
pub struct BandsWorker;

impl Worker for BandsWorker {
    type Message = ();
    type Input = Job;
    type Output = (Job, Option<Analysis>);

    fn create(_: &WorkerScope<Self>) -> Self {
        BandsWorker
    }

    fn update(&mut self, _: &WorkerScope<Self>, (): ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, id: HandlerId) {
        let analysis = analyse_of(&job.inputs, &job.groups, &job.ranges);
        scope.respond(id, (job, analysis));
    }
}

/// The most answers kept: every scenario of a full set, and as many earlier inputs (a user who
/// types a value and takes it back sees its bands at once).
const KEPT: usize = 24;

/// The worker's answers the page holds, newest first.
#[derive(Clone, Debug, Default)]
pub struct Analyses(Vec<(Job, Rc<Analysis>)>);

/// The same answers to the same jobs, each the same allocation (as [`Uncertainty`] compares).
impl PartialEq for Analyses {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|((j, a), (k, b))| Rc::ptr_eq(a, b) && j == k)
    }
}

impl Analyses {
    /// The analysis of `job`, if the worker has answered it.
    pub fn get(&self, job: &Job) -> Option<Rc<Analysis>> {
        self.0.iter().find(|(j, _)| j == job).map(|(_, a)| Rc::clone(a))
    }

    /// The answers with `job`'s added (first), the oldest dropped beyond [`KEPT`].
    pub fn with(&self, job: Job, analysis: Analysis) -> Analyses {
        let older = self.0.iter().filter(|(j, _)| *j != job).take(KEPT - 1).cloned();
        Analyses(std::iter::once((job.clone(), Rc::new(analysis))).chain(older).collect())
    }

    /// The first of `jobs` without an answer.
    pub fn next_job<'a>(&self, jobs: impl IntoIterator<Item = &'a Job>) -> Option<&'a Job> {
        jobs.into_iter().find(|job| self.get(job).is_none())
    }
}

#[cfg(feature = "page")]
impl Reducible for Analyses {
    type Action = (Job, Analysis);
    fn reduce(self: Rc<Self>, (job, analysis): (Job, Analysis)) -> Rc<Self> {
        Rc::new(self.with(job, analysis))
    }
}

/// What the page has of one scenario's uncertainty.
#[derive(Clone, Debug)]
pub enum Uncertainty {
    /// The scenario has no ranges.
    None,
    /// The worker has not yet answered for the inputs on screen.
    Pending,
    /// The bands and the tornado of the inputs on screen.
    Ready(Rc<Analysis>),
}

/// Two analyses are the same when they are the same answer: the page keeps each answer in one
/// allocation ([`Analyses`]), and comparing their contents (up to 24 analyses of 601 pairs each)
/// on every render cost more than the rendering it saved.
impl PartialEq for Uncertainty {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Uncertainty::None, Uncertainty::None) | (Uncertainty::Pending, Uncertainty::Pending) => true,
            (Uncertainty::Ready(a), Uncertainty::Ready(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Uncertainty {
    /// The analysis, when ready.
    pub fn analysis(&self) -> Option<&Analysis> {
        match self {
            Uncertainty::Ready(a) => Some(a),
            _ => None,
        }
    }
}

/// Each scenario's uncertainty (`jobs`: each scenario's job, none without ranges), with the
/// worker asked for what is missing: one job at a time, `first` (the edited scenario) before
/// the others. The worker is started at the first job, so a page without ranges never loads it.
#[cfg(feature = "page")]
#[hook]
pub fn use_analyses(jobs: Vec<Option<Job>>, first: usize) -> Vec<Uncertainty> {
    let answers = use_reducer(Analyses::default);
    let bridge = use_mut_ref(|| None::<WorkerBridge<BandsWorker>>);
    let busy = use_mut_ref(|| false);
    {
        let (dispatch, bridge, busy) = (answers.dispatcher(), bridge.clone(), busy.clone());
        let order: Vec<Job> = jobs.get(first).cloned().flatten().into_iter().chain(jobs.iter().flatten().cloned()).collect();
        use_effect_with((order, (*answers).clone()), move |(order, answers)| {
            if *busy.borrow() {
                return;
            }
            let Some(job) = answers.next_job(order) else { return };
            let mut bridge = bridge.borrow_mut();
            let worker = bridge.get_or_insert_with(|| {
                let busy = busy.clone();
                BandsWorker::spawner()
                    .callback(move |(job, analysis): (Job, Option<Analysis>)| {
                        *busy.borrow_mut() = false;
                        if let Some(analysis) = analysis {
                            dispatch.dispatch((job, analysis));
                        }
                    })
                    // Trunk's loader shim of a no-modules build: a script of our own origin, so
                    // the page's policy allows it (no blob: worker).
                    .with_loader(true)
                    .as_module(false)
                    .spawn(WORKER_PATH)
            });
            *busy.borrow_mut() = true;
            worker.send(job.clone());
        });
    }
    jobs.iter()
        .map(|job| match job {
            None => Uncertainty::None,
            Some(job) => answers.get(job).map_or(Uncertainty::Pending, Uncertainty::Ready),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::draws::analyse;
    use crate::model::input::Range;
    use crate::model::{Field, Preset};

    fn job(low: f64) -> Job {
        let ranges = Ranges::new([(Field::ExitShare, Range { low, high: 30.0 })]);
        Job::of(&Preset::Schiedam.checked().inputs, &ranges).expect("a job")
    }

    #[test]
    fn answers_are_found_by_their_job_and_the_oldest_go() {
        let analysis = analyse(&job(18.0).inputs, &job(18.0).ranges).expect("bands");
        let mut answers = Analyses::default();
        for i in 0..30 {
            answers = answers.with(job(f64::from(i)), analysis.clone());
        }
        assert!(answers.get(&job(29.0)).is_some());
        assert!(answers.get(&job(6.0)).is_some(), "the 24 newest are kept");
        assert!(answers.get(&job(5.0)).is_none());
        // The next job is the first without an answer, in the order given.
        let wanted = [job(29.0), job(2.0), job(3.0)];
        assert_eq!(answers.next_job(&wanted), Some(&job(2.0)));
        // No ranges, no job.
        assert_eq!(Job::of(&Preset::Schiedam.checked().inputs, &Ranges::default()), None);
    }
}
