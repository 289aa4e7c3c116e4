//! OpenFace 2.2's piecewise affine warp (`PAW.cpp`) as the detection validator uses it: a
//! reference shape, its triangulation and, per pixel of the reference frame, the triangle it
//! lies in, all read from the validator's model file (`PAW::Read`); per call the affine map of
//! each triangle from the reference to the given landmarks (`CalcCoeff`), the source position
//! of every masked pixel (`WarpRegion`), and bilinear sampling with OpenCV's `remap`.

use crate::error::{Error, Result};
use opencv::core::{Mat, Scalar, BORDER_CONSTANT};
use opencv::imgproc::{remap, INTER_LINEAR};
use opencv::prelude::*;

/// A piecewise affine warp onto a fixed reference shape (OpenFace's `PAW`).
#[derive(Clone, Debug)]
pub struct PiecewiseAffineWarp {
    /// Points of the shape (`destination_landmarks.rows / 2`).
    points: usize,
    /// Triangles as point indices.
    triangles: Vec<[usize; 3]>,
    /// Per triangle the reference-frame coefficients (`alpha`, `beta`), float as OpenFace
    /// converts them.
    alpha: Vec<[f32; 3]>,
    beta: Vec<[f32; 3]>,
    /// Reference frame origin: pixel `(x, y)` of the warped image is at
    /// `(x + min_x, y + min_y)` in the reference shape's coordinates.
    min_x: f32,
    min_y: f32,
    /// Warped image size.
    width: usize,
    height: usize,
    /// Per warped pixel (row-major) the triangle it lies in, `None` outside the face.
    triangle_of: Vec<Option<u32>>,
    /// Masked pixels.
    pixel_count: usize,
}

/// Scratch for [`PiecewiseAffineWarp::warp_into`].
#[derive(Clone, Debug, Default)]
pub struct WarpScratch {
    coefficients: Vec<[f32; 6]>,
    map_x: Vec<f32>,
    map_y: Vec<f32>,
}

impl PiecewiseAffineWarp {
    /// Builds the warp from `PAW::Read`'s fields. `triangle_id` and `mask` are `height × width`
    /// row-major; `alpha` and `beta` have three values per triangle.
    ///
    /// # Errors
    /// [`Error::Invalid`] when sizes disagree, an index is out of range, a masked pixel has no
    /// triangle, or `pixel_count` is not the number of masked pixels.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        points: usize,
        triangles: Vec<[usize; 3]>,
        alpha: Vec<[f32; 3]>,
        beta: Vec<[f32; 3]>,
        min_x: f32,
        min_y: f32,
        width: usize,
        height: usize,
        triangle_id: &[i32],
        mask: &[u8],
        pixel_count: usize,
    ) -> Result<Self> {
        let bad = |what: String| Err(Error::Invalid(format!("piecewise affine warp: {what}")));
        if triangles.iter().flatten().any(|&p| p >= points) {
            return bad("triangle vertex out of range".into());
        }
        if alpha.len() != triangles.len() || beta.len() != triangles.len() {
            return bad("alpha/beta do not match the triangulation".into());
        }
        if triangle_id.len() != width * height || mask.len() != width * height {
            return bad("triangle map or mask size differs from the warp size".into());
        }
        let mut triangle_of = Vec::with_capacity(width * height);
        for (&t, &m) in triangle_id.iter().zip(mask) {
            if m == 0 {
                triangle_of.push(None);
            } else if t >= 0 && (t as usize) < triangles.len() {
                triangle_of.push(Some(t as u32));
            } else {
                return bad(format!("masked pixel in triangle {t}"));
            }
        }
        let masked = triangle_of.iter().filter(|t| t.is_some()).count();
        if masked != pixel_count {
            return bad(format!("{pixel_count} pixels declared, {masked} masked"));
        }
        Ok(PiecewiseAffineWarp {
            points,
            triangles,
            alpha,
            beta,
            min_x,
            min_y,
            width,
            height,
            triangle_of,
            pixel_count,
        })
    }

    /// Number of shape points.
    pub fn points(&self) -> usize {
        self.points
    }

    /// Warped image width.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Warped image height.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Number of masked pixels (`number_of_pixels`).
    pub fn pixel_count(&self) -> usize {
        self.pixel_count
    }

    /// Whether warped pixel `i` (row-major) lies in the face.
    #[inline]
    pub fn is_masked(&self, i: usize) -> bool {
        self.triangle_of[i].is_some()
    }

    /// Row-major indices of the masked pixels, column by column: the order of OpenFace's
    /// feature vector (`NormaliseWarpedToVector` reads the transposed image).
    pub fn masked_by_column(&self) -> impl Iterator<Item = usize> + '_ {
        let (w, h) = (self.width, self.height);
        (0..w)
            .flat_map(move |x| (0..h).map(move |y| y * w + x))
            .filter(|&i| self.is_masked(i))
    }

    /// `PAW::Warp`: warps `image` (a float image, `image_width × image_height`, row-major) so
    /// that `landmarks` (`x_0..x_{n-1}, y_0..y_{n-1}` in that image's pixels) land on the
    /// reference shape; writes the `height × width` result (row-major) into `out`. Pixels
    /// outside the face are sampled at (−1, −1), i.e. 0, as OpenFace's maps send them there.
    ///
    /// # Errors
    /// [`Error::Invalid`] on wrong slice lengths; [`Error::OpenCv`] if `remap` fails.
    pub fn warp_into(
        &self,
        image: &[f32],
        image_width: usize,
        image_height: usize,
        landmarks: &[f32],
        scratch: &mut WarpScratch,
        out: &mut [f32],
    ) -> Result<()> {
        if landmarks.len() != 2 * self.points
            || image.len() != image_width * image_height
            || out.len() != self.width * self.height
        {
            return Err(Error::Invalid(
                "piecewise affine warp: wrong buffer sizes".into(),
            ));
        }
        self.compute_coefficients(landmarks, &mut scratch.coefficients);
        self.compute_maps(scratch);
        let src = Mat::new_rows_cols_with_data(image_height as i32, image_width as i32, image)?;
        let (w, h) = (self.width as i32, self.height as i32);
        let map_x = Mat::new_rows_cols_with_data(h, w, &scratch.map_x)?;
        let map_y = Mat::new_rows_cols_with_data(h, w, &scratch.map_y)?;
        let mut dst = Mat::new_rows_cols_with_data_mut(h, w, out)?;
        let before = dst.data();
        remap(
            &src,
            &mut dst,
            &map_x,
            &map_y,
            INTER_LINEAR,
            BORDER_CONSTANT,
            Scalar::default(),
        )?;
        crate::numeric::opencv::ensure_written_in_place(&dst, before, "remap")
    }

    /// `PAW::CalcCoeff`: per triangle the affine map from reference to source coordinates,
    /// float arithmetic in OpenFace's order.
    fn compute_coefficients(&self, landmarks: &[f32], coefficients: &mut Vec<[f32; 6]>) {
        let n = self.points;
        coefficients.clear();
        for ((tri, a), b) in self.triangles.iter().zip(&self.alpha).zip(&self.beta) {
            let [i, j, k] = *tri;
            let c1 = landmarks[i];
            let c2 = landmarks[j] - c1;
            let c3 = landmarks[k] - c1;
            let c4 = landmarks[i + n];
            let c5 = landmarks[j + n] - c4;
            let c6 = landmarks[k + n] - c4;
            coefficients.push([
                c1 + c2 * a[0] + c3 * b[0],
                c2 * a[1] + c3 * b[1],
                c2 * a[2] + c3 * b[2],
                c4 + c5 * a[0] + c6 * b[0],
                c5 * a[1] + c6 * b[1],
                c5 * a[2] + c6 * b[2],
            ]);
        }
    }

    /// `PAW::WarpRegion`: the source position of every warped pixel, (−1, −1) outside the face.
    fn compute_maps(&self, scratch: &mut WarpScratch) {
        let len = self.width * self.height;
        scratch.map_x.resize(len, 0.0);
        scratch.map_y.resize(len, 0.0);
        for y in 0..self.height {
            let yi = y as f32 + self.min_y;
            for x in 0..self.width {
                let i = y * self.width + x;
                let xi = x as f32 + self.min_x;
                match self.triangle_of[i] {
                    None => {
                        scratch.map_x[i] = -1.0;
                        scratch.map_y[i] = -1.0;
                    }
                    Some(t) => {
                        let c = &scratch.coefficients[t as usize];
                        scratch.map_x[i] = (c[0] + c[1] * xi) + c[2] * yi;
                        scratch.map_y[i] = (c[3] + c[4] * xi) + c[5] * yi;
                    }
                }
            }
        }
    }
}
