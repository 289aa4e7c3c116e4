//! # pyfaceau
//!
//! Facial Action Units from face videos, numerically faithful to C++ OpenFace 2.2: the same
//! CSV, HOG file and aligned faces as OpenFace's `FeatureExtraction`, on every CPU (and as its
//! `FaceLandmarkImg` and `FaceLandmarkVidMulti` for still images and several faces).
//!
//! The folders follow OpenFace's libraries, and plain data flows between them:
//!
//! ```text
//! io::video ──Frame──▶ landmarks (LandmarkDetector: MTCNN → CLNF + part models → validator,
//!                      tracked from frame to frame; gaze)
//!   ──landmarks, CLNF parameters──▶ model (PDM, CalcParams, head pose)
//!   ──PDM parameters──▶ face_analyser (FaceAnalyser: aligned face → FHOG + geometric features →
//!                      running medians → SVR/SVM AU models → offline post-processing)
//!   ──rows──▶ io::output (OpenFace's CSV, `.hog` file, aligned faces)
//! ```
//!
//! [`pipeline`] runs a whole video: decoding on its own thread, tracking and the per-person
//! state in frame order, the stateless stages (alignment, HOG, pose) over rayon;
//! `pipeline::images` every face of a still image and `pipeline::multi` up to four tracked
//! faces, with static AUs per face; `pipeline::people` every face of a video as a person with
//! `FeatureExtraction`'s whole treatment each. `numeric`
//! owns every rounding-order decision (which summation order each product reproduces, CPU
//! dispatch, platform-independent transcendentals), so the numbers do not depend on the
//! machine. [`compare`] checks a CSV against OpenFace's.
//!
//! `docs/architecture.md` maps each OpenFace routine to its Rust twin.

pub mod compare;
pub mod error;
pub mod face_analyser;
pub mod io;
pub mod landmarks;
pub mod model;
pub(crate) mod numeric;
pub mod pipeline;
#[cfg(test)]
mod test_support;

pub use error::{Error, Result};
