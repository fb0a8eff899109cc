//! Opening one's own data: any CSV of funded projects or subsidies read, checked and mapped
//! onto roles (title, text, facets, amounts, date, source) so it can be explored like the
//! FTAP data.
//!
//! The file arrives in chunks: [`preview`] reads the first one (encoding, delimiter, headers,
//! a proposed [`Schema`]), then a [`Load`] reads them all with the schema the reader
//! confirmed, keeping the rows it can read in a [`Table`] and the others in a [`Report`].
//! Nothing here touches the browser; the worker that feeds the chunks lives in the app.

pub mod address;
pub mod encoding;
pub mod explore;
pub mod figures;
pub mod infer;
pub mod load;
pub mod protocol;
pub mod reader;
pub mod reading;
pub mod report;
pub mod schema;
pub mod session;
pub mod sniff;
pub mod summary;
pub mod table;
pub mod value;

pub use encoding::Encoding;
pub use load::{preview, Load, Loaded, Preview};
pub use report::{Problem, ProblemKind, Report};
pub use schema::{Kind, Role, Schema, SchemaProblem};
pub use sniff::NotCsv;
pub use table::Table;

#[cfg(test)]
mod tests;
