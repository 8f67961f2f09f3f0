//! The values (`src/model/core`): numbers read and written as users type them, the codec every
//! link format uses, the table of fields and its facts, and the docs' table of inputs against it.

mod codec;
mod contract;
mod field;
mod number;
