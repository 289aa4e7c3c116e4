//! # pyfaceau
//!
//! Facial Action Units from face videos, numerically faithful to C++ OpenFace 2.2.
//!
//! The pipeline is a chain of stages, one module each, passing plain data:
//! frame ([`video`]) → landmarks ([`landmarks_csv`], later the CLNF fitter) → PDM parameters
//! ([`pdm`], [`pdm_fit`]) → aligned face ([`align`]) → features ([`hog`], [`geometry`]) →
//! person normalisation ([`running_median`]) → AU predictions ([`au_models`]) → offline
//! post-processing ([`postprocess`]) → CSV rows ([`output`]). [`analyser`] holds the sequential
//! per-video state (OpenFace's `FaceAnalyser`); [`pipeline`] runs a whole video, fanning the
//! stateless stages out over rayon.
//!
//! `docs/architecture.md` maps each OpenFace routine to its Rust twin.

// Link the BLAS implementation chosen in Cargo.toml (OpenBLAS on Linux, Accelerate on macOS).
extern crate blas_src;

pub mod align;
pub mod analyser;
pub mod au_models;
pub mod batch;
pub mod clnf;
pub mod cnn;
pub mod compare;
pub mod error;
pub mod face_fit;
pub mod gaze;
pub mod geometry;
pub mod hog;
pub mod image;
pub mod landmarks_csv;
pub mod models;
pub mod mtcnn;
pub mod openface_io;
pub mod output;
pub mod pdm;
pub mod pdm_fit;
pub mod pipeline;
pub mod pose;
pub mod postprocess;
pub mod rotation;
pub mod running_median;
#[cfg(test)]
mod test_support;
pub mod tracking;
pub mod validator;
pub mod video;

pub use error::{Error, Result};
