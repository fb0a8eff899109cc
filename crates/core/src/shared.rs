//! A shared, immutable value whose equality is identity, for component properties.
//!
//! Yew compares properties with `==` before re-rendering. `Rc<T>` compares the values it
//! points to, which for the catalog means the whole dataset and index on every keystroke
//! (hundreds of milliseconds at 100k rows). The catalog never changes once built, so the
//! same pointer means the same catalog.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc<T>` compared by pointer.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares a value.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    /// Shares a value already behind an `Rc`, compared by that pointer.
    fn from(value: Rc<T>) -> Shared<T> {
        Shared(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn equality_is_identity() {
        let a = Shared::new(vec![1, 2, 3]);
        assert!(a == a.clone());
        assert!(
            a != Shared::new(vec![1, 2, 3]),
            "equal values, different catalogs"
        );
        assert_eq!(a.len(), 3);
    }
}
