//! Byte-for-byte comparison of an output folder of `FaceLandmarkImg` / `FaceLandmarkVidMulti`
//! with OpenFace 2.2's stored one. Tolerance 0: every stored file must exist in ours with the
//! same bytes; in `NAME_of_details.txt` only the two input-path lines are replaced by ours
//! before the comparison (OpenFace's run read the inputs from another folder).
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every file below `dir`, relative, sorted.
pub fn files(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out
}

/// The result of comparing every reference file.
#[derive(Debug, Default)]
pub struct Comparison {
    pub identical: Vec<String>,
    pub different: Vec<String>,
}

impl Comparison {
    pub fn total(&self) -> usize {
        self.identical.len() + self.different.len()
    }
}

/// `reference` with its `Input:` and `Input full path:` lines replaced by the ones naming
/// `input` as we were given it (and, as `RecorderOpenFace` writes it, the same path when
/// absolute, else its canonical path).
fn details_for_our_input(reference: &[u8], input: &Path) -> Vec<u8> {
    let text = String::from_utf8_lossy(reference);
    let full = if input.is_absolute() {
        input.to_path_buf()
    } else {
        std::fs::canonicalize(input).unwrap()
    };
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("Input:") {
            out.push_str(&format!("Input:{}\n", input.display()));
        } else if line.starts_with("Input full path:") {
            out.push_str(&format!("Input full path:{}\n", full.display()));
        } else {
            out.push_str(line);
        }
    }
    out.into_bytes()
}

/// Compares every file of `reference` with the file of the same name in `ours`.
/// `input_of(name)` gives the input path we passed for a details file's stem.
pub fn compare_dirs(
    ours: &Path,
    reference: &Path,
    input_of: &dyn Fn(&str) -> PathBuf,
) -> Comparison {
    let mut c = Comparison::default();
    for name in files(reference) {
        let theirs = std::fs::read(reference.join(&name)).unwrap();
        let mine = std::fs::read(ours.join(&name));
        let same = match mine {
            Err(_) => false,
            Ok(mine) => {
                if let Some(stem) = name.strip_suffix("_of_details.txt") {
                    mine == details_for_our_input(&theirs, &input_of(stem))
                } else {
                    mine == theirs
                }
            }
        };
        if same {
            c.identical.push(name);
        } else {
            c.different.push(name);
        }
    }
    c
}

/// Flips one byte of `file` (the middle one).
pub fn flip_a_byte(file: &Path) {
    let mut bytes = std::fs::read(file).unwrap();
    let i = bytes.len() / 2;
    bytes[i] ^= 0x01;
    std::fs::write(file, bytes).unwrap();
}
