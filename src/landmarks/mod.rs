//! OpenFace's `LandmarkDetector` library (and its `GazeAnalyser`): finding the face and its 68
//! landmarks in each frame.
//!
//! [`mtcnn`] detects faces; [`clnf`] fits the CLNF landmark model with its part models;
//! [`validator`] accepts or rejects a fit; [`front_end`] is detect-then-fit-then-validate on one
//! frame; [`tracking`] carries the fit from frame to frame (`DetectLandmarksInVideo`); [`gaze`]
//! estimates the gaze from the eye landmarks. `cnn` holds the layer types both networks share.

pub mod clnf;
pub(crate) mod cnn;
pub mod front_end;
pub mod gaze;
pub mod mtcnn;
pub mod tracking;
pub mod validator;
