//! The page's side of opening a file: what it shows at each stage, changed by the reader's
//! actions and the worker's replies, and the requests each change sends to the worker.
//!
//! A reducer: [`Session::apply`] takes an [`Action`] and returns the next session, whose
//! `outbox` holds the requests to send (numbered, so the page sends each once). Queries do
//! not pile up in the worker: while one is being answered, the newest query waits and is sent
//! with the answer; the ones typed in between are never computed.

use super::address::AddressProblem;
use super::explore::{AmountRange, Answer, Query, SortBy};
use super::protocol::{Failure, Loaded, Previewed, Progress, Reply, Request};
use super::schema::{Role, Schema, SchemaProblem};
use super::value::{Cents, Marks};
use crate::model::Date;
use std::rc::Rc;

/// Where the opened data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file the reader picked or dropped (its name; not shareable by address).
    Picked(String),
    /// A file on the explorer's site, named in the address (`?data=`).
    Address(String),
}

impl Source {
    /// The name shown to the reader.
    pub fn name(&self) -> &str {
        match self {
            Source::Picked(name) => name,
            Source::Address(data) => data.rsplit('/').next().unwrap_or(data),
        }
    }
}

/// What the page shows about the opened data.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Stage {
    /// Nothing opened: the FTAP data is shown.
    #[default]
    Idle,
    /// The start of the file is being read.
    Reading,
    /// The mapping panel: the reader checks the proposed roles.
    Mapping,
    /// The whole file is being read.
    Loading(Progress),
    /// The data is loaded and explored.
    Ready,
    /// The file could not be read; the FTAP data stays.
    Failed(Failure),
}

impl Stage {
    /// Whether the opened data takes the place of the FTAP data on the page: from the moment a
    /// file is read until it is closed. A failure leaves the FTAP data in place, with its
    /// message above.
    pub fn replaces_ftap(&self) -> bool {
        matches!(
            self,
            Stage::Reading | Stage::Mapping | Stage::Loading(_) | Stage::Ready
        )
    }
}

/// The opened data as the page knows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Session {
    /// The current stage.
    pub stage: Stage,
    /// Where the data comes from (None when idle).
    pub source: Option<Source>,
    /// The start of the file, once read (shared: the page passes it down without copies).
    pub previewed: Option<Rc<Previewed>>,
    /// The mapping being edited or used.
    pub schema: Option<Schema>,
    /// The load's result (shared, as it does not change once loaded).
    pub loaded: Option<Rc<Loaded>>,
    /// What the reader asks.
    pub query: Query,
    /// The latest answer received (shared: panels compare it by pointer first).
    pub answer: Option<Rc<Answer>>,
    /// The query that answer is for (what the page shows may lag behind what is typed).
    pub answered: Query,
    /// Whether that answer's query differs from the one answered before it by its text
    /// alone: the answer to a keystroke.
    pub answered_typed: bool,
    /// A mapping from the address, applied without the panel once the file is previewed.
    pub confirmed: Option<Schema>,
    /// Requests to send, numbered (only the last few are kept: the page sends each once).
    pub outbox: Vec<(u64, Request)>,
    /// The number of the last request.
    pub sent: u64,
    /// The query being answered, if any.
    in_flight: Option<u64>,
    /// Whether the query changed while one was being answered.
    waiting: bool,
    /// The query being answered.
    asked: Query,
}

/// What the reader or the worker does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open a file: `url` is where the worker reads it; `schema` a mapping to apply at once
    /// (from the address), `query` the address's search and sort.
    Open {
        /// Where the data comes from.
        source: Source,
        /// Where the worker reads it.
        url: String,
        /// A mapping already confirmed.
        schema: Option<Schema>,
        /// The query to start with.
        query: Query,
    },
    /// The worker replied.
    Reply(Reply),
    /// The address named data that cannot be opened: say why, keep the FTAP data.
    Refuse(AddressProblem),
    /// The reader gives a column a role.
    SetRole(usize, Role),
    /// The reader chooses the primary amount.
    SetPrimary(usize),
    /// The reader says what a lone comma means in the file's amounts.
    SetMarks(Marks),
    /// The reader confirms the mapping: load the file.
    Confirm,
    /// The reader stops reading or loading, or closes the data: back to FTAP.
    Close,
    /// New search text.
    Search(String),
    /// A facet value selected or unselected.
    ToggleFacet(usize, String),
    /// Sort on a column: first key ascending (descending for amounts and dates), its
    /// direction flipped if it already is the first key; the previous first key comes second.
    SortBy(usize),
    /// Bounds on an amount column (none: no bound on it).
    Range(usize, Option<Cents>, Option<Cents>),
    /// First and last dates on the date column.
    Dates(Option<Date>, Option<Date>),
    /// Another page.
    Page(usize),
}

/// Requests kept in the outbox.
const OUTBOX: usize = 8;

/// Whether `query` differs from `before` by its search text alone (a keystroke).
fn typed(query: &Query, before: &Query) -> bool {
    query.text != before.text && query.same_but_text(before)
}

impl Session {
    /// The next session after `action`.
    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        match action {
            Action::Open {
                source,
                url,
                schema,
                query,
            } => {
                next = self.emptied();
                next.stage = Stage::Reading;
                next.source = Some(source);
                next.confirmed = schema;
                next.query = query;
                next.send(Request::Preview { url });
            }
            Action::Reply(reply) => next.receive(reply),
            Action::Refuse(problem) => {
                next.stage = Stage::Failed(Failure::Address(problem));
            }
            Action::SetRole(column, role) => {
                if let Some(schema) = next.mapping() {
                    set_role(schema, column, role);
                }
            }
            Action::SetPrimary(column) => {
                if let Some(schema) = next.mapping() {
                    if schema.roles.get(column) == Some(&Role::Amount) {
                        schema.primary = Some(column);
                    }
                }
            }
            Action::SetMarks(marks) => {
                if let Some(schema) = next.mapping() {
                    schema.marks = Some(marks);
                }
            }
            Action::Confirm => {
                if next.stage == Stage::Mapping && next.mapping_problem().is_none() {
                    if let Some(schema) = next.schema.clone() {
                        next.start_load(schema);
                    }
                }
            }
            Action::Close => next = self.emptied(),
            Action::Search(text) => {
                next.query.text = text;
                next.query.page = 0;
                next.ask();
            }
            Action::ToggleFacet(column, value) => {
                let facets = &mut next.query.facets;
                match facets.iter_mut().position(|(c, _)| *c == column) {
                    Some(i) => {
                        let values = &mut facets[i].1;
                        match values.iter().position(|v| *v == value) {
                            Some(j) => {
                                values.remove(j);
                            }
                            None => values.push(value),
                        }
                        if values.is_empty() {
                            facets.remove(i);
                        }
                    }
                    None => facets.push((column, vec![value])),
                }
                next.query.page = 0;
                next.ask();
            }
            Action::SortBy(column) => {
                let sort = &mut next.query.sort;
                if sort.first().is_some_and(|s| s.column == column) {
                    sort[0].descending = !sort[0].descending;
                } else {
                    let role = next
                        .schema
                        .as_ref()
                        .and_then(|s| s.roles.get(column).copied());
                    let descending = matches!(role, Some(Role::Amount | Role::Date));
                    sort.retain(|s| s.column != column);
                    sort.insert(0, SortBy { column, descending });
                    sort.truncate(2);
                }
                next.query.page = 0;
                next.ask();
            }
            Action::Range(column, min, max) => {
                let ranges = &mut next.query.ranges;
                ranges.retain(|r| r.column != column);
                if min.is_some() || max.is_some() {
                    ranges.push(AmountRange { column, min, max });
                }
                next.query.page = 0;
                next.ask();
            }
            Action::Dates(from, to) => {
                next.query.dates = (from, to);
                next.query.page = 0;
                next.ask();
            }
            Action::Page(page) => {
                next.query.page = page;
                next.ask();
            }
        }
        next
    }

    /// A session holding nothing, its requests still numbered on from this one's; a read in
    /// progress is stopped.
    fn emptied(&self) -> Session {
        let mut empty = Session {
            outbox: self.outbox.clone(),
            sent: self.sent,
            ..Session::default()
        };
        if matches!(self.stage, Stage::Loading(_) | Stage::Reading) {
            empty.send(Request::Cancel);
        }
        empty
    }

    /// Why the mapping being edited cannot be loaded, if it cannot.
    pub fn mapping_problem(&self) -> Option<SchemaProblem> {
        let schema = self.schema.as_ref()?;
        let columns = self.previewed.as_ref()?.headers.len();
        schema.check(columns).err()
    }

    /// Whether the reader is typing: the query asked differs from the one answered by its
    /// text alone, or, with nothing asked since, the answer shown is a keystroke's. The page
    /// then draws what lies below the fold a frame late.
    pub fn typing(&self) -> bool {
        if self.query == self.answered {
            self.answered_typed
        } else {
            typed(&self.query, &self.answered)
        }
    }

    /// Whether the view can be shared by its address.
    pub fn shareable(&self) -> bool {
        matches!(self.source, Some(Source::Address(_)))
    }

    fn receive(&mut self, reply: Reply) {
        match reply {
            Reply::Previewed(previewed) if self.stage == Stage::Reading => {
                let fits = self
                    .confirmed
                    .take()
                    .filter(|s| s.check(previewed.headers.len()).is_ok());
                self.schema = Some(previewed.schema.clone());
                self.previewed = Some(Rc::new(previewed));
                match fits {
                    Some(schema) => {
                        self.schema = Some(schema.clone());
                        self.start_load(schema);
                    }
                    None => self.stage = Stage::Mapping,
                }
            }
            Reply::Failed(failure) if self.stage != Stage::Idle => {
                self.stage = Stage::Failed(failure);
            }
            Reply::Progress(progress) if matches!(self.stage, Stage::Loading(_)) => {
                self.stage = Stage::Loading(progress);
            }
            Reply::Loaded(loaded) if matches!(self.stage, Stage::Loading(_)) => {
                self.loaded = Some(Rc::new(loaded));
                self.stage = Stage::Ready;
                self.in_flight = None;
                self.ask();
            }
            Reply::Answer(number, answer)
                if self.stage == Stage::Ready && self.in_flight == Some(number) =>
            {
                self.in_flight = None;
                self.query.page = answer.page;
                self.answer = Some(Rc::new(answer));
                self.answered_typed = typed(&self.asked, &self.answered);
                self.answered = self.asked.clone();
                if std::mem::take(&mut self.waiting) {
                    self.ask();
                }
            }
            // Late replies of a load or query given up.
            _ => {}
        }
    }

    /// The mapping, while the reader may still edit it.
    fn mapping(&mut self) -> Option<&mut Schema> {
        self.schema
            .as_mut()
            .filter(|_| self.stage == Stage::Mapping)
    }

    fn start_load(&mut self, schema: Schema) {
        self.stage = Stage::Loading(Progress {
            total: self.previewed.as_ref().and_then(|p| p.size),
            ..Progress::default()
        });
        self.send(Request::Load(schema));
    }

    /// Sends the query, or marks it waiting if one is being answered.
    fn ask(&mut self) {
        if self.stage != Stage::Ready {
            return;
        }
        if self.in_flight.is_some() {
            self.waiting = true;
            return;
        }
        let number = self.sent + 1;
        self.in_flight = Some(number);
        self.asked = self.query.clone();
        self.send(Request::Query(number, self.query.clone()));
    }

    fn send(&mut self, request: Request) {
        self.sent += 1;
        self.outbox.push((self.sent, request));
        let extra = self.outbox.len().saturating_sub(OUTBOX);
        self.outbox.drain(..extra);
    }
}

/// Gives `column` a role, keeping the schema loadable where it can: a new title, date or id
/// takes the role from the column that had it (which becomes text), and the primary amount
/// moves to another amount column when its own stops being one.
fn set_role(schema: &mut Schema, column: usize, role: Role) {
    if column >= schema.roles.len() {
        return;
    }
    if matches!(role, Role::Title | Role::Date | Role::Id) {
        for r in schema.roles.iter_mut().filter(|r| **r == role) {
            *r = Role::Text;
        }
    }
    schema.roles[column] = role;
    let primary_ok = schema
        .primary
        .is_some_and(|p| schema.roles[p] == Role::Amount);
    if !primary_ok {
        let first = schema.columns(Role::Amount).next();
        schema.primary = first;
    }
}

#[cfg(test)]
mod tests;
