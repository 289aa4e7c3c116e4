//! OpenCV's `imread`, `imwrite` and `VideoWriter`, with their libraries loaded on first use.
//!
//! `libopencv_imgcodecs` and `libopencv_videoio` pull in about 130 more shared libraries
//! (GDAL, GDCM, OpenEXR, GStreamer, …); loading them and running their static constructors
//! took about 0.1 s and 35 MB of resident memory at every start, though a run on a video file
//! uses neither. So they are not linked: `opencv_on_demand.cpp` opens them with `dlopen` when
//! an image is first read or written or a visualisation video is opened, and calls OpenCV's
//! own functions through pointers of their exact C++ types: the pixels and files are those of
//! a direct call.
//!
//! This holds where `build.rs` compiles the loader (cfg `opencv_on_demand`): Linux with
//! glibc and libstdc++, whose library names and C++ symbol names it knows. Elsewhere, or when
//! `PYFACEAU_OPENCV_LINKED=1` is set at build time, the same functions call the linked OpenCV
//! directly.

pub use imp::*;

/// `cv::IMREAD_COLOR`.
pub const IMREAD_COLOR: i32 = opencv::imgcodecs::IMREAD_COLOR;

/// `cv::VideoWriter::fourcc`: the four characters as a little-endian code.
pub fn fourcc(c: [u8; 4]) -> i32 {
    i32::from_le_bytes(c)
}

#[cfg(opencv_on_demand)]
mod imp {
    use opencv::core::Mat;
    use opencv::prelude::*;
    use std::ffi::{c_char, c_int, c_void, CString};

    /// The error record the C++ side fills (`Error` in `opencv_on_demand.cpp`).
    #[repr(C)]
    struct CppError {
        code: c_int,
        message: [c_char; 1024],
    }

    impl CppError {
        fn new() -> Self {
            CppError {
                code: 0,
                message: [0; 1024],
            }
        }

        fn into_opencv(self) -> opencv::Error {
            // SAFETY: the C++ side always writes a NUL-terminated string (`snprintf`), and the
            // buffer starts zeroed.
            let message = unsafe { std::ffi::CStr::from_ptr(self.message.as_ptr()) }
                .to_string_lossy()
                .into_owned();
            opencv::Error::new(self.code, message)
        }
    }

    extern "C" {
        fn pyfaceau_imread(
            path: *const c_char,
            flags: c_int,
            out: *mut *mut c_void,
            err: *mut CppError,
        ) -> c_int;
        fn pyfaceau_imwrite(
            path: *const c_char,
            image: *const c_void,
            written: *mut c_int,
            err: *mut CppError,
        ) -> c_int;
        fn pyfaceau_video_writer_new(
            path: *const c_char,
            fourcc: c_int,
            fps: f64,
            width: c_int,
            height: c_int,
            out: *mut *mut c_void,
            opened: *mut c_int,
            err: *mut CppError,
        ) -> c_int;
        fn pyfaceau_video_writer_write(
            writer: *mut c_void,
            frame: *const c_void,
            err: *mut CppError,
        ) -> c_int;
        fn pyfaceau_video_writer_release(writer: *mut c_void, err: *mut CppError) -> c_int;
        fn pyfaceau_video_writer_delete(writer: *mut c_void);
    }

    fn c_path(path: &str) -> opencv::Result<CString> {
        CString::new(path).map_err(|_| {
            opencv::Error::new(
                opencv::core::StsBadArg,
                format!("{path:?}: a path with a NUL byte"),
            )
        })
    }

    /// `cv::imread(path, flags)`: an empty `Mat` when the file cannot be decoded, as OpenCV.
    ///
    /// # Errors
    /// OpenCV's exception, or the image codecs library cannot be loaded.
    pub fn imread(path: &str, flags: i32) -> opencv::Result<Mat> {
        let path = c_path(path)?;
        let mut out: *mut c_void = std::ptr::null_mut();
        let mut err = CppError::new();
        // SAFETY: valid C string and out-pointers; on success `out` is a `new cv::Mat` whose
        // ownership passes to the `Mat` (deleted by the opencv crate with `delete`).
        let status = unsafe { pyfaceau_imread(path.as_ptr(), flags, &mut out, &mut err) };
        if status != 0 {
            return Err(err.into_opencv());
        }
        // SAFETY: `out` is a heap `cv::Mat`, as the opencv crate's own constructors return.
        Ok(unsafe { Mat::from_raw(out) })
    }

    /// `cv::imwrite(path, image)` with no parameters: whether an encoder wrote the file.
    ///
    /// # Errors
    /// OpenCV's exception, or the image codecs library cannot be loaded.
    pub fn imwrite(path: &str, image: &impl MatTraitConst) -> opencv::Result<bool> {
        let path = c_path(path)?;
        let mut written: c_int = 0;
        let mut err = CppError::new();
        // SAFETY: `as_raw_Mat` is a live `cv::Mat` for the duration of the call.
        let status =
            unsafe { pyfaceau_imwrite(path.as_ptr(), image.as_raw_Mat(), &mut written, &mut err) };
        if status != 0 {
            return Err(err.into_opencv());
        }
        Ok(written != 0)
    }

    /// A `cv::VideoWriter`.
    pub struct VideoWriter {
        raw: *mut c_void,
    }

    // SAFETY: a `cv::VideoWriter` has no thread affinity; it is used from one thread at a time
    // (`&mut self` for every call).
    unsafe impl Send for VideoWriter {}

    impl VideoWriter {
        /// `cv::VideoWriter(path, fourcc, fps, {width, height}, true)` and its `isOpened()`.
        ///
        /// # Errors
        /// OpenCV's exception, or the video I/O library cannot be loaded.
        pub fn open(
            path: &str,
            fourcc: i32,
            fps: f64,
            width: i32,
            height: i32,
        ) -> opencv::Result<(Self, bool)> {
            let path = c_path(path)?;
            let mut raw: *mut c_void = std::ptr::null_mut();
            let mut opened: c_int = 0;
            let mut err = CppError::new();
            // SAFETY: valid C string and out-pointers; `raw`, once set, is a constructed writer.
            let status = unsafe {
                pyfaceau_video_writer_new(
                    path.as_ptr(),
                    fourcc,
                    fps,
                    width,
                    height,
                    &mut raw,
                    &mut opened,
                    &mut err,
                )
            };
            // A writer constructed before the failure is destroyed by the `Drop` of this value.
            let writer = (!raw.is_null()).then_some(VideoWriter { raw });
            if status != 0 {
                return Err(err.into_opencv());
            }
            let writer = writer.ok_or_else(|| {
                opencv::Error::new(opencv::core::StsError, "no video writer".to_string())
            })?;
            Ok((writer, opened != 0))
        }

        /// `write(frame)`.
        ///
        /// # Errors
        /// OpenCV's exception.
        pub fn write(&mut self, frame: &impl MatTraitConst) -> opencv::Result<()> {
            let mut err = CppError::new();
            // SAFETY: `raw` is a live writer, `frame` a live `cv::Mat`.
            let status =
                unsafe { pyfaceau_video_writer_write(self.raw, frame.as_raw_Mat(), &mut err) };
            if status != 0 {
                return Err(err.into_opencv());
            }
            Ok(())
        }

        /// `release()`: finishes the file.
        ///
        /// # Errors
        /// OpenCV's exception.
        pub fn release(&mut self) -> opencv::Result<()> {
            let mut err = CppError::new();
            // SAFETY: `raw` is a live writer.
            let status = unsafe { pyfaceau_video_writer_release(self.raw, &mut err) };
            if status != 0 {
                return Err(err.into_opencv());
            }
            Ok(())
        }
    }

    impl Drop for VideoWriter {
        fn drop(&mut self) {
            // SAFETY: `raw` came from `pyfaceau_video_writer_new` and is destroyed once.
            unsafe { pyfaceau_video_writer_delete(self.raw) }
        }
    }
}

/// The linked OpenCV, called directly.
#[cfg(not(opencv_on_demand))]
mod imp {
    use opencv::core::{Mat, Size, ToInputArray, Vector};
    use opencv::prelude::*;

    /// `cv::imread(path, flags)`: an empty `Mat` when the file cannot be decoded.
    ///
    /// # Errors
    /// OpenCV's exception.
    pub fn imread(path: &str, flags: i32) -> opencv::Result<Mat> {
        opencv::imgcodecs::imread(path, flags)
    }

    /// `cv::imwrite(path, image)` with no parameters: whether an encoder wrote the file.
    ///
    /// # Errors
    /// OpenCV's exception.
    pub fn imwrite(path: &str, image: &impl ToInputArray) -> opencv::Result<bool> {
        opencv::imgcodecs::imwrite(path, image, &Vector::new())
    }

    /// A `cv::VideoWriter`.
    pub struct VideoWriter(opencv::videoio::VideoWriter);

    impl VideoWriter {
        /// `cv::VideoWriter(path, fourcc, fps, {width, height}, true)` and its `isOpened()`.
        ///
        /// # Errors
        /// OpenCV's exception.
        pub fn open(
            path: &str,
            fourcc: i32,
            fps: f64,
            width: i32,
            height: i32,
        ) -> opencv::Result<(Self, bool)> {
            let writer = opencv::videoio::VideoWriter::new(
                path,
                fourcc,
                fps,
                Size::new(width, height),
                true,
            )?;
            let opened = writer.is_opened()?;
            Ok((VideoWriter(writer), opened))
        }

        /// `write(frame)`.
        ///
        /// # Errors
        /// OpenCV's exception.
        pub fn write(&mut self, frame: &impl ToInputArray) -> opencv::Result<()> {
            self.0.write(frame)
        }

        /// `release()`: finishes the file.
        ///
        /// # Errors
        /// OpenCV's exception.
        pub fn release(&mut self) -> opencv::Result<()> {
            self.0.release()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opencv::core::Mat;
    use opencv::prelude::*;

    #[test]
    fn image_round_trip_equals_opencv() {
        let dir = tempfile::tempdir().unwrap();
        let image = Mat::new_rows_cols_with_default(
            4,
            6,
            opencv::core::CV_8UC3,
            opencv::core::Scalar::new(1.0, 2.0, 3.0, 0.0),
        )
        .unwrap();
        for ext in ["png", "bmp", "jpg"] {
            let path = dir.path().join(format!("x.{ext}"));
            let name = path.to_str().unwrap();
            assert!(imwrite(name, &image).unwrap());
            let ours = imread(name, IMREAD_COLOR).unwrap();
            let theirs = opencv::imgcodecs::imread(name, IMREAD_COLOR).unwrap();
            assert_eq!(
                ours.data_bytes().unwrap(),
                theirs.data_bytes().unwrap(),
                "{ext}"
            );
            assert_eq!((ours.rows(), ours.cols()), (4, 6));
        }
        assert!(
            imread(dir.path().join("none.png").to_str().unwrap(), IMREAD_COLOR)
                .unwrap()
                .empty()
        );
        assert!(imread("a\0b", IMREAD_COLOR).is_err());
    }

    #[test]
    fn fourcc_matches_opencv() {
        assert_eq!(
            fourcc(*b"DIVX"),
            opencv::videoio::VideoWriter::fourcc('D', 'I', 'V', 'X').unwrap()
        );
    }
}
