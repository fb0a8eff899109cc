//! Interface languages. French is the default; the data itself stays in French.

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}
