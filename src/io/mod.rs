//! Everything read or written: video and image-folder decoding, image types, OpenFace's model
//! files and the model store, landmark CSVs, and the output writers (CSV, `.hog`, aligned faces).

pub mod image;
mod image_header;
pub mod landmarks_csv;
pub mod manifest;
pub(crate) mod model_file;
pub mod model_store;
pub(crate) mod opencv_on_demand;
pub mod output;
mod stderr_capture;
pub(crate) mod temp_file;
pub mod tracked_video;
pub mod verified_stamps;
pub mod video;
