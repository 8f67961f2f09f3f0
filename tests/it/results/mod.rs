//! The results (`src/model/results`): the calendar years and what the BUIG budget keeps.

mod budget;
mod years;
