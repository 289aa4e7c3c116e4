//! The command line `FaceLandmarkImg` and `FaceLandmarkVidMulti` share: inputs, `-out_dir`,
//! the output flags of `RecorderOpenFaceParameters`, `-mloc`, the camera, and this project's
//! `--models`. As for `FeatureExtraction`, an unknown flag or stray argument is an error
//! before any work (OpenFace ignores it).

use crate::openface_flags::{model_folder, other_word, SharedFlags, Words};
use anyhow::{bail, Context};
use pyfaceau::io::model_store::ModelStore;
use std::path::{Path, PathBuf};

/// Which OpenFace program is being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    FaceLandmarkImg,
    FaceLandmarkVidMulti,
}

impl Program {
    pub fn name(self) -> &'static str {
        match self {
            Program::FaceLandmarkImg => "FaceLandmarkImg",
            Program::FaceLandmarkVidMulti => "FaceLandmarkVidMulti",
        }
    }
}

/// The parsed command line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args {
    /// `-f` inputs in order.
    pub files: Vec<String>,
    /// `-fdir` (the first one; `FaceLandmarkImg` only).
    pub dir: Option<String>,
    pub out_dir: Option<String>,
    /// `-multi_view 1` (`FaceLandmarkImg`): the 11 rotation hypotheses instead of one.
    pub multi_view: bool,
    pub model_folder: Option<PathBuf>,
    /// Outputs, camera, `--models`, `--quiet`, help.
    pub shared: SharedFlags,
}

/// Flags OpenFace's programs accept that change nothing in these outputs (`-au_static`: both
/// programs use the static AU models anyway).
const NO_EFFECT: [&str; 7] = [
    "-au_static",
    "-verbose",
    "-vis-track",
    "-vis-hog",
    "-vis-align",
    "-vis-aus",
    "-vis-all",
];
const NO_EFFECT_WITH_VALUE: [&str; 1] = ["-outroot"];

/// Parses `argv` (without the program name) for `program`.
pub fn parse(program: Program, argv: &[String]) -> anyhow::Result<Args> {
    let mut a = Args::default();
    let help = program.name();
    let mut words = Words::new(argv);
    while let Some(flag) = words.next_flag() {
        if a.shared.take(flag, &mut words)? {
            continue;
        }
        match flag {
            "-f" => a.files.push(words.input(flag, "a file")?),
            "-fdir" if program == Program::FaceLandmarkImg => {
                let dir = words.input(flag, "a folder")?;
                a.dir.get_or_insert(dir);
            }
            "-out_dir" => a.out_dir = Some(words.value(flag, "a folder")?),
            "-multi_view" if program == Program::FaceLandmarkImg => {
                let v = words.value(flag, "0 or 1")?;
                a.multi_view = match v.as_str() {
                    "0" => false,
                    "1" => true,
                    _ => bail!("-multi_view {v:?}: expected 0 or 1"),
                };
            }
            "-mloc" => {
                let loc = words.value(flag, "a model file")?;
                let path = Path::new(&loc);
                if path.file_name().and_then(|n| n.to_str()) != Some("main_clnf_general.txt") {
                    bail!("-mloc {loc}: only model/main_clnf_general.txt (CLNF) is supported here");
                }
                a.model_folder = model_folder(path);
            }
            "-wild" => bail!(
                "-wild is not supported (it changes CLNF's search parameters); use -multi_view 1 \
                 for the rotation hypotheses alone"
            ),
            "-tracked" => bail!("-tracked: the visualisation is not written by {help} here"),
            other => other_word(other, &mut words, help, &NO_EFFECT, &NO_EFFECT_WITH_VALUE)?,
        }
    }
    a.shared.check()?;
    Ok(a)
}

impl Args {
    /// The model folder: `--models`, else the one `-mloc` points into, else the default.
    pub fn model_store(&self) -> pyfaceau::Result<ModelStore> {
        ModelStore::resolve(
            self.shared
                .models
                .as_deref()
                .or(self.model_folder.as_deref()),
        )
    }

    /// The output folder (`-out_dir`, default `processed`).
    pub fn out_dir(&self) -> PathBuf {
        PathBuf::from(self.out_dir.as_deref().unwrap_or("processed"))
    }
}

/// `RecorderOpenFace`'s `Input full path`: the input as given when absolute, else its
/// canonical path.
pub fn full_path(input: &Path) -> anyhow::Result<PathBuf> {
    if input.is_absolute() {
        Ok(input.to_path_buf())
    } else {
        std::fs::canonicalize(input).with_context(|| format!("{}: cannot open", input.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn openface_flags_parse() {
        let a = parse(
            Program::FaceLandmarkImg,
            &args(&[
                "-fdir",
                "a",
                "-fdir",
                "b",
                "-f",
                "x.png",
                "-aus",
                "-multi_view",
                "1",
                "-verbose",
            ]),
        )
        .unwrap();
        assert_eq!(a.dir.as_deref(), Some("a"));
        assert_eq!(a.files, vec!["x.png".to_string()]);
        assert!(a.multi_view && a.shared.outputs.aus && !a.shared.outputs.gaze);
        assert!(parse(Program::FaceLandmarkVidMulti, &args(&["-fdir", "a"])).is_err());
        for bad in [
            &["-f", "a.png", "-AUs"][..],
            &["-f", "a.png", "out_dir"],
            &["-f", "a.png", "-wild"],
            &["-f", "a.png", "-fx", "500"],
            &["-f"],
        ] {
            assert!(
                parse(Program::FaceLandmarkImg, &args(bad)).is_err(),
                "{bad:?}"
            );
        }
    }
}
