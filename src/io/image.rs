//! Plain image type passed between stages, and zero-copy views as OpenCV `Mat`s for the stages
//! whose numbers depend on an OpenCV primitive (`warpAffine`, `imread`).

use crate::error::{Error, Result};
use opencv::core::{Mat, Vec3b, CV_8UC3};
use opencv::prelude::*;

/// An 8-bit image with `CHANNELS` interleaved channels, rows contiguous
/// (`stride == CHANNELS * width`). The buffer always holds exactly `width × height` pixels.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Image<const CHANNELS: usize> {
    width: usize,
    height: usize,
    /// `height * width * CHANNELS` bytes, row-major.
    data: Vec<u8>,
}

/// An 8-bit, 3-channel image in OpenCV's BGR order: a video frame or an aligned face.
pub type BgrImage = Image<3>;

/// An 8-bit single-channel image: OpenFace's `grayscale_image`, which the landmark detector
/// and its validator read.
pub type GrayImage = Image<1>;

impl<const CHANNELS: usize> Image<CHANNELS> {
    /// An image from `height * width * CHANNELS` bytes, row-major, channels interleaved.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the buffer does not hold exactly that many bytes.
    pub fn from_raw(width: usize, height: usize, data: Vec<u8>) -> Result<Self> {
        let expected = width
            .checked_mul(height)
            .and_then(|p| p.checked_mul(CHANNELS));
        if expected != Some(data.len()) {
            return Err(Error::Invalid(format!(
                "{width}x{height} image of {CHANNELS} channel(s) needs {} bytes, got {}",
                expected.map_or("more than usize".to_string(), |e| e.to_string()),
                data.len()
            )));
        }
        Ok(Image {
            width,
            height,
            data,
        })
    }

    /// A black image.
    pub fn zeros(width: usize, height: usize) -> Self {
        Image {
            width,
            height,
            data: vec![0; width * height * CHANNELS],
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> usize {
        self.height
    }

    /// The pixels: `height * width * CHANNELS` bytes, row-major, channels interleaved.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// The pixels, writable; the size cannot change.
    pub fn data_mut(&mut self) -> &mut [u8] {
        &mut self.data
    }

    /// Makes the image `width × height`, reusing the buffer; the pixels' values are then
    /// unspecified until written.
    pub fn resize(&mut self, width: usize, height: usize) {
        self.width = width;
        self.height = height;
        self.data.resize(width * height * CHANNELS, 0);
    }

    /// The pixel buffer.
    pub fn into_raw(self) -> Vec<u8> {
        self.data
    }
}

/// Images OpenCV reads in place: [`BgrImage`] as `CV_8UC3`, [`GrayImage`] as `CV_8UC1`.
pub trait MatView {
    /// Borrows the pixels as an OpenCV `Mat` (no copy).
    ///
    /// # Errors
    /// [`Error::OpenCv`] if OpenCV refuses the buffer.
    fn mat_view(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>>;
}

impl MatView for BgrImage {
    fn mat_view(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
        self.as_mat()
    }
}

impl MatView for GrayImage {
    fn mat_view(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
        self.as_mat()
    }
}

impl BgrImage {
    /// The pixel at column `x`, row `y` as `[b, g, r]`.
    #[inline]
    pub fn pixel(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 3;
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }

    /// Borrows the pixels as an OpenCV `Mat` (no copy).
    pub fn as_mat(&self) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
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
            return Err(Error::Invalid(format!(
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

impl GrayImage {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_check_the_buffer() {
        assert!(BgrImage::from_raw(2, 2, vec![0; 12]).is_ok());
        assert!(BgrImage::from_raw(2, 2, vec![0; 11]).is_err());
        assert!(GrayImage::from_raw(3, 2, vec![0; 6]).is_ok());
        assert!(GrayImage::from_raw(3, 2, vec![0; 7]).is_err());
        assert!(GrayImage::from_raw(usize::MAX, 2, Vec::new()).is_err());
    }
}
