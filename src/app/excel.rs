//! The Excel file of the scenario being edited, its groups included, or of the whole set
//! (issue 40), made by the workbook's worker
//! (`crate::workbook`), which is spawned when the user first asks for it: the spreadsheet
//! writer is not part of the page.

use crate::browser;
use crate::model::Download;
use crate::text::texts;
use crate::workbook::{Answer, Request, WorkbookWorker, WORKER_PATH};
use gloo_worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

/// The file's type.
const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Where making the file stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Excel {
    /// Nothing asked, or the last file given.
    #[default]
    Idle,
    /// The worker is making it.
    Busy,
    /// The worker could not make it.
    Failed,
}

/// Where the Excel file stands, and the callback that asks for one.
#[hook]
pub(super) fn use_excel() -> (Excel, Callback<Request>) {
    let status = use_state(Excel::default);
    // Whether a file is being made: the buttons show it a moment later (the file panel follows
    // at an idle moment), so a quick second click is ignored here rather than making two files.
    let busy = use_mut_ref(|| false);
    let bridge = use_mut_ref(|| None::<WorkerBridge<WorkbookWorker>>);
    let ask = {
        let status = status.clone();
        use_callback((), move |request: Request, ()| {
            if busy.replace(true) {
                return;
            }
            let mut slot = bridge.borrow_mut();
            let worker = slot.get_or_insert_with(|| {
                let (status, busy) = (status.clone(), busy.clone());
                WorkbookWorker::spawner()
                    .callback(move |(lang, whole_set, file): Answer| {
                        *busy.borrow_mut() = false;
                        match file {
                            Ok(bytes) => {
                                let download = if whole_set { Download::ExcelSet } else { Download::Excel };
                                browser::download_bytes(texts(lang).file_name.of(download), MIME, &bytes);
                                status.set(Excel::Idle);
                            }
                            Err(_) => status.set(Excel::Failed),
                        }
                    })
                    // Trunk's loader shim of a no-modules build, as the bands' worker's.
                    .with_loader(true)
                    .as_module(false)
                    .spawn(WORKER_PATH)
            });
            status.set(Excel::Busy);
            worker.send(request);
        })
    };
    (*status, ask)
}
