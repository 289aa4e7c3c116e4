//! OpenFace's `FaceAnalyser` library: from landmarks and PDM parameters to Action Units.
//!
//! [`align`] warps the face to 112×112 and masks it; [`hog`] computes its FHOG descriptor;
//! [`geometric_features`] the shape descriptor; [`running_median`] the per-person medians;
//! [`au_models`] the linear SVR/SVM models; [`analyser`] the per-video sequence state;
//! [`postprocess`] OpenFace's offline post-processing of the whole series; [`static_aus`] one
//! face's AUs without history (image mode, `FaceLandmarkImg` and `FaceLandmarkVidMulti`).

pub mod align;
pub mod analyser;
pub mod au_models;
pub mod geometric_features;
pub mod hog;
pub mod postprocess;
pub mod running_median;
pub mod static_aus;
