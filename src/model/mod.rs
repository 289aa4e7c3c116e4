//! The point distribution model (OpenFace's `PDM`) and what is computed from it: parameters
//! from landmarks (`CalcParams`), head pose, and the rotation helpers.

pub mod calc_params;
pub mod landmarks;
pub mod pdm;
pub mod pose;
pub mod rotation;
