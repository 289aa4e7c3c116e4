//! Splitting a folder of recordings between the tasks of a job array. Shard `K/N` (0-based,
//! `K < N`) takes the recordings whose position in the list sorted by relative path
//! ([`find_recordings`](super::batch::find_recordings)'s order) is `K` modulo `N`, so the `N`
//! shards together take every recording exactly once, whatever machine each runs on.
//!
//! Inside a Slurm job array, [`Shard::from_slurm_env`] derives the shard from the variables
//! Slurm sets for each task.

use crate::error::{Error, Result};
use std::fmt;
use std::str::FromStr;

/// The array task's ID (`--array=0-3` gives 0, 1, 2, 3).
pub const SLURM_ARRAY_TASK_ID: &str = "SLURM_ARRAY_TASK_ID";
/// The number of tasks in the array.
pub const SLURM_ARRAY_TASK_COUNT: &str = "SLURM_ARRAY_TASK_COUNT";
/// The lowest task ID of the array (taken as 0 when unset).
pub const SLURM_ARRAY_TASK_MIN: &str = "SLURM_ARRAY_TASK_MIN";
/// The step between task IDs (`--array=0-15:4`; taken as 1 when unset).
pub const SLURM_ARRAY_TASK_STEP: &str = "SLURM_ARRAY_TASK_STEP";

/// One part of a split into `count` parts: the items at positions `index`, `index + count`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    index: usize,
    count: usize,
}

impl Shard {
    /// Everything: shard `0/1`.
    pub const WHOLE: Shard = Shard { index: 0, count: 1 };

    /// Shard `index/count`.
    ///
    /// # Errors
    /// [`Error::Invalid`] unless `index < count`.
    pub fn new(index: usize, count: usize) -> Result<Self> {
        if index >= count {
            return Err(Error::Invalid(format!(
                "shard {index}/{count}: K must be below N (0-based)"
            )));
        }
        Ok(Shard { index, count })
    }

    /// `K` of `K/N`.
    pub fn index(&self) -> usize {
        self.index
    }

    /// `N` of `K/N`.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Whether the item at `position` (0-based, in sorted order) belongs to this shard.
    pub fn takes(&self, position: usize) -> bool {
        position % self.count == self.index
    }

    /// This shard's items of `sorted`, in their order.
    pub fn select<T>(&self, sorted: Vec<T>) -> Vec<T> {
        sorted
            .into_iter()
            .enumerate()
            .filter_map(|(i, item)| self.takes(i).then_some(item))
            .collect()
    }

    /// The shard of a Slurm array task, read through `var` (e.g. from `std::env::var`): `None`
    /// when `SLURM_ARRAY_TASK_ID` is unset; otherwise `K = (ID − MIN) / STEP` and
    /// `N = SLURM_ARRAY_TASK_COUNT`, with `SLURM_ARRAY_TASK_MIN` 0 and `SLURM_ARRAY_TASK_STEP` 1
    /// when unset.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the variable when a value is not a whole number,
    /// `SLURM_ARRAY_TASK_COUNT` is missing or 0, or the task ID is not one of `COUNT` evenly
    /// spaced IDs from `MIN` (e.g. an array given as a list such as `--array=1,5,6`).
    pub fn from_slurm_env(var: impl Fn(&str) -> Option<String>) -> Result<Option<Self>> {
        let number = |name: &str| -> Result<Option<usize>> {
            var(name)
                .map(|value| {
                    value.trim().parse::<usize>().map_err(|_| {
                        Error::Invalid(format!("{name}={value:?} is not a whole number"))
                    })
                })
                .transpose()
        };
        let Some(id) = number(SLURM_ARRAY_TASK_ID)? else {
            return Ok(None);
        };
        let count = number(SLURM_ARRAY_TASK_COUNT)?
            .filter(|&n| n > 0)
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "{SLURM_ARRAY_TASK_ID} is set but {SLURM_ARRAY_TASK_COUNT} is missing or 0; \
                     give --shard K/N"
                ))
            })?;
        let min = number(SLURM_ARRAY_TASK_MIN)?.unwrap_or(0);
        let step = number(SLURM_ARRAY_TASK_STEP)?.unwrap_or(1).max(1);
        let offset = id.checked_sub(min).filter(|o| o % step == 0);
        match offset.map(|o| o / step) {
            Some(index) if index < count => Ok(Some(Shard { index, count })),
            _ => Err(Error::Invalid(format!(
                "{SLURM_ARRAY_TASK_ID}={id} is not one of {count} task IDs from {min} in steps \
                 of {step} ({SLURM_ARRAY_TASK_COUNT}, {SLURM_ARRAY_TASK_MIN}, \
                 {SLURM_ARRAY_TASK_STEP}); give --shard K/N"
            ))),
        }
    }
}

impl FromStr for Shard {
    type Err = Error;

    /// `K/N`, e.g. `0/4`.
    fn from_str(text: &str) -> Result<Self> {
        let invalid = || {
            Error::Invalid(format!(
                "shard {text:?} is not K/N with whole numbers 0 <= K < N (e.g. 0/4)"
            ))
        };
        let (k, n) = text.split_once('/').ok_or_else(invalid)?;
        let k = k.trim().parse().map_err(|_| invalid())?;
        let n = n.trim().parse().map_err(|_| invalid())?;
        Shard::new(k, n).map_err(|_| invalid())
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn parses_and_prints_k_of_n() {
        let shard: Shard = "2/4".parse().unwrap();
        assert_eq!((shard.index(), shard.count()), (2, 4));
        assert_eq!(shard.to_string(), "2/4");
        for bad in ["4/4", "1/0", "a/4", "1", "-1/4", "1/4/2", "", "/"] {
            let err = bad.parse::<Shard>().unwrap_err().to_string();
            assert!(err.contains("K/N"), "{bad}: {err}");
        }
    }

    #[test]
    fn shards_take_every_item_exactly_once() {
        let items: Vec<usize> = (0..11).collect();
        let mut seen = Vec::new();
        for k in 0..4 {
            let part = Shard::new(k, 4).unwrap().select(items.clone());
            assert!(part.iter().all(|&i| i % 4 == k));
            seen.extend(part);
        }
        seen.sort();
        assert_eq!(seen, items);
        assert_eq!(Shard::WHOLE.select(items.clone()), items);
        // More shards than items: the extra shards are empty.
        assert!(Shard::new(15, 16).unwrap().select(items).is_empty());
    }

    #[test]
    fn slurm_array_variables_give_the_shard() {
        assert_eq!(Shard::from_slurm_env(env(&[])).unwrap(), None);
        let shard = |pairs: &[(&str, &str)]| Shard::from_slurm_env(env(pairs)).unwrap().unwrap();
        assert_eq!(
            shard(&[(SLURM_ARRAY_TASK_ID, "3"), (SLURM_ARRAY_TASK_COUNT, "4")]),
            Shard::new(3, 4).unwrap()
        );
        // --array=1-4: IDs 1..4 are shards 0..3.
        assert_eq!(
            shard(&[
                (SLURM_ARRAY_TASK_ID, "1"),
                (SLURM_ARRAY_TASK_COUNT, "4"),
                (SLURM_ARRAY_TASK_MIN, "1"),
            ]),
            Shard::new(0, 4).unwrap()
        );
        // --array=0-12:4: IDs 0, 4, 8, 12.
        assert_eq!(
            shard(&[
                (SLURM_ARRAY_TASK_ID, "8"),
                (SLURM_ARRAY_TASK_COUNT, "4"),
                (SLURM_ARRAY_TASK_MIN, "0"),
                (SLURM_ARRAY_TASK_STEP, "4"),
            ]),
            Shard::new(2, 4).unwrap()
        );
    }

    #[test]
    fn malformed_slurm_variables_are_errors_naming_them() {
        let err =
            |pairs: &[(&str, &str)]| Shard::from_slurm_env(env(pairs)).unwrap_err().to_string();
        assert!(
            err(&[(SLURM_ARRAY_TASK_ID, "x"), (SLURM_ARRAY_TASK_COUNT, "4")])
                .contains(SLURM_ARRAY_TASK_ID)
        );
        assert!(err(&[(SLURM_ARRAY_TASK_ID, "1")]).contains(SLURM_ARRAY_TASK_COUNT));
        assert!(
            err(&[(SLURM_ARRAY_TASK_ID, "1"), (SLURM_ARRAY_TASK_COUNT, "0")])
                .contains(SLURM_ARRAY_TASK_COUNT)
        );
        // ID beyond the count, below the minimum, or off the step.
        for (id, min, step) in [("4", "0", "1"), ("0", "1", "1"), ("2", "0", "4")] {
            let text = err(&[
                (SLURM_ARRAY_TASK_ID, id),
                (SLURM_ARRAY_TASK_COUNT, "4"),
                (SLURM_ARRAY_TASK_MIN, min),
                (SLURM_ARRAY_TASK_STEP, step),
            ]);
            assert!(text.contains("--shard"), "{text}");
        }
    }
}
