//! The library's error type: one enum, data in the variants, lower layers wrapped with `#[from]`.

use std::path::PathBuf;

/// Everything that can go wrong in the library. The binary reports it once, at the top.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be opened, read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A model file is absent from the model directory.
    #[error("model file missing: {path} ({})", missing_model_hint(path))]
    ModelMissing { path: PathBuf },
    /// A model file's size or SHA-256 differs from the manifest.
    #[error("model file does not match the manifest: {path} ({detail})")]
    ModelTampered { path: PathBuf, detail: String },
    /// A model file exists but could not be parsed.
    #[error("model file unreadable: {path}: {detail}")]
    ModelFormat { path: PathBuf, detail: String },
    /// Downloading a model file failed.
    #[error("download failed: {url}: {detail}")]
    Download { url: String, detail: String },
    /// An input file (landmarks CSV, OpenFace CSV) is malformed.
    #[error("{path}: {detail}")]
    InputFormat { path: PathBuf, detail: String },
    /// A video or image sequence could not be opened or decoded.
    #[error("cannot read video {path}: {detail}")]
    Video { path: PathBuf, detail: String },
    /// An OpenCV call failed.
    #[error("OpenCV: {0}")]
    OpenCv(#[from] opencv::Error),
    /// A fit's geometry has degenerated (non-finite parameters or landmarks, a singular
    /// similarity, no visible point): the frame failed, as OpenFace reports it, and the run
    /// goes on. The only error a stage turns into a failed frame.
    #[error("degenerate fit in {stage}: {detail}")]
    Degenerate { stage: &'static str, detail: String },
    /// A numerical step failed (e.g. a non positive-definite system).
    #[error("numerical failure in {stage}: {detail}")]
    Numeric { stage: &'static str, detail: String },
    /// Anything else that is the caller's mistake (bad option values).
    #[error("{0}")]
    Invalid(String),
    /// The run was cancelled ([`crate::pipeline::CancelFlag`]); nothing was written.
    #[error("interrupted; no output written")]
    Interrupted,
    /// Drawing or writing a plot failed (`compare --plot`).
    #[error("cannot write plot {path}: {detail}")]
    Plot { path: PathBuf, detail: String },
}

/// The input was not read cleanly to its end (a truncated or corrupt video, an unreadable or
/// damaged image of a sequence): the output holds the frames that could be read, as OpenFace
/// writes them. Reported in [`crate::pipeline::ExtractSummary::damage`]; the CLI exits with 3.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: damaged input, output written from the {frames} frame(s) read: {detail}")]
pub struct InputDamage {
    pub path: PathBuf,
    /// Frames read and written.
    pub frames: u64,
    /// Where the damage is and what the decoder said.
    pub detail: String,
}

impl InputDamage {
    /// The damage `error` (the reader's, after `frames` good frames) did to the input at
    /// `path`: a video error's own detail, any other error's text.
    pub fn after(path: &std::path::Path, frames: u64, error: Error) -> Self {
        InputDamage {
            path: path.to_path_buf(),
            frames,
            detail: match error {
                Error::Video { detail, .. } => detail,
                other => other.to_string(),
            },
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What to do about a missing model file: CE-CLM's CEN patch experts (`cen_patches_*.dat`) are
/// not in OpenFace's repository, so `models fetch` cannot provide them.
fn missing_model_hint(path: &std::path::Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("cen_patches_") && name.ends_with(".dat") {
        "CE-CLM's CEN patch experts are not part of OpenFace's repository and must be obtained separately, e.g. with OpenFace's download_models script, into model/patch_experts/; or use the default CLNF landmark model"
    } else if [
        "main_ceclm_general.txt",
        "cen_general.txt",
        "early_term_cen_of.txt",
        "validator_cnn_68.txt",
    ]
    .contains(&name)
    {
        "a CE-CLM file of OpenFace 2.2's lib/local/LandmarkDetector/model that `pyfaceau-rs models fetch` does not download: copy it from an OpenFace checkout; or use the default CLNF landmark model"
    } else {
        "run `pyfaceau-rs models fetch`, or point --models / PYFACEAU_MODELS at an OpenFace 2.2 model directory"
    }
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
