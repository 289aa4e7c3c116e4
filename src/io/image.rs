//! Plain image type passed between stages, and zero-copy views as OpenCV `Mat`s for the stages
//! whose numbers depend on an OpenCV primitive (`warpAffine`, `imread`).

use crate::error::Result;
use opencv::core::{Mat, Vec3b, CV_8UC3};
use opencv::prelude::*;

/// An 8-bit, 3-channel image in OpenCV's BGR order, rows contiguous (`stride == 3 * width`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BgrImage {
    pub width: usize,
    pub height: usize,
    /// `height * width * 3` bytes, row-major, B,G,R interleaved.
    pub data: Vec<u8>,
}

impl BgrImage {
    /// A black image.
    pub fn zeros(width: usize, height: usize) -> Self {
        BgrImage {
            width,
            height,
            data: vec![0; width * height * 3],
        }
    }

    /// The pixel at column `x`, row `y` as `[b, g, r]`.
    #[inline]
    pub fn pixel(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 3;
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }

    /// Borrows the pixels as an OpenCV `Mat` (no copy).
    pub fn as_mat(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
        assert_eq!(self.data.len(), self.width * self.height * 3);
        // SAFETY: `Vec3b` is `#[repr(C)]` around `[u8; 3]`, so the byte buffer is a valid slice of
        // `width * height` pixels with the same lifetime.
        let pixels: &[Vec3b] = unsafe {
            std::slice::from_raw_parts(self.data.as_ptr().cast::<Vec3b>(), self.width * self.height)
        };
        Ok(Mat::new_rows_cols_with_data(
            self.height as i32,
            self.width as i32,
            pixels,
        )?)
    }

    /// Copies a continuous or strided 8UC3 `Mat` into a plain image.
    pub fn from_mat(mat: &Mat) -> Result<Self> {
        if mat.typ() != CV_8UC3 {
            return Err(crate::error::Error::Invalid(format!(
                "expected an 8-bit 3-channel image, got OpenCV type {}",
                mat.typ()
            )));
        }
        let (width, height) = (mat.cols() as usize, mat.rows() as usize);
        let mut data = Vec::with_capacity(width * height * 3);
        for y in 0..height as i32 {
            let row: &[Vec3b] = mat.at_row(y)?;
            for px in row {
                data.extend_from_slice(&px.0);
            }
        }
        Ok(BgrImage {
            width,
            height,
            data,
        })
    }
}

/// An 8-bit single-channel image, rows contiguous (`stride == width`): OpenFace's
/// `grayscale_image`, which the landmark detector and its validator read.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct GrayImage {
    pub width: usize,
    pub height: usize,
    /// `height * width` bytes, row-major.
    pub data: Vec<u8>,
}

impl GrayImage {
    /// A black image.
    pub fn zeros(width: usize, height: usize) -> Self {
        GrayImage {
            width,
            height,
            data: vec![0; width * height],
        }
    }

    /// The grey level of a BGR frame as OpenFace computes it (`ConvertToGrayscale_8bit`:
    /// `cv::cvtColor(…, COLOR_BGR2GRAY)`, called through OpenCV).
    ///
    /// # Errors
    /// [`crate::Error::OpenCv`] if OpenCV fails.
    pub fn from_bgr(bgr: &BgrImage) -> Result<Self> {
        let mut out = GrayImage::default();
        out.set_from_bgr(bgr)?;
        Ok(out)
    }

    /// [`GrayImage::from_bgr`] into this image, reusing its buffer when the size matches.
    ///
    /// # Errors
    /// [`crate::Error::OpenCv`] if OpenCV fails or does not write into the buffer.
    pub fn set_from_bgr(&mut self, bgr: &BgrImage) -> Result<()> {
        if self.width != bgr.width || self.height != bgr.height {
            *self = GrayImage::zeros(bgr.width, bgr.height);
        }
        let src = bgr.as_mat()?;
        let mut dst = Mat::new_rows_cols_with_data_mut(
            self.height as i32,
            self.width as i32,
            &mut self.data,
        )?;
        let before = dst.data();
        opencv::imgproc::cvt_color(&src, &mut dst, opencv::imgproc::COLOR_BGR2GRAY, 0)?;
        crate::numeric::opencv::ensure_written_in_place(&dst, before, "cvtColor")
    }

    /// Borrows the pixels as an OpenCV `Mat` (no copy).
    pub fn as_mat(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
        Ok(Mat::new_rows_cols_with_data(
            self.height as i32,
            self.width as i32,
            &self.data,
        )?)
    }
}
