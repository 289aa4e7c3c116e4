//! 2D landmarks in OpenFace's layout.

use crate::error::{Error, Result};

/// `n` 2D points in image pixels, stored as OpenFace stores `detected_landmarks` (a `2n × 1`
/// float column: all x, then all y) and writes them (`x_0..x_{n-1}, y_0..y_{n-1}`).
///
/// A point at x = 0 is "not visible" to `PDM::CalcParams` and the validator, as in OpenFace.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Landmarks2d {
    coords: Vec<f32>,
}

impl Landmarks2d {
    /// `n` points at the origin.
    pub fn zeros(n: usize) -> Self {
        Landmarks2d {
            coords: vec![0.0; 2 * n],
        }
    }

    /// From OpenFace's layout: all x, then all y.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an odd number of values.
    pub fn from_xs_then_ys(coords: Vec<f32>) -> Result<Self> {
        if !coords.len().is_multiple_of(2) {
            return Err(Error::Invalid(format!(
                "{} landmark coordinates: x and y need an even count",
                coords.len()
            )));
        }
        Ok(Landmarks2d { coords })
    }

    /// From `(x, y)` points.
    pub fn from_points(points: &[[f32; 2]]) -> Self {
        let coords = points
            .iter()
            .map(|p| p[0])
            .chain(points.iter().map(|p| p[1]))
            .collect();
        Landmarks2d { coords }
    }

    /// Number of points.
    pub fn len(&self) -> usize {
        self.coords.len() / 2
    }

    /// No points.
    pub fn is_empty(&self) -> bool {
        self.coords.is_empty()
    }

    /// All x coordinates.
    pub fn xs(&self) -> &[f32] {
        &self.coords[..self.len()]
    }

    /// All y coordinates.
    pub fn ys(&self) -> &[f32] {
        &self.coords[self.len()..]
    }

    /// Point `i` as `[x, y]`.
    ///
    /// # Panics
    /// When `i >= len()`.
    pub fn point(&self, i: usize) -> [f32; 2] {
        [self.coords[i], self.coords[i + self.len()]]
    }

    /// Sets point `i`.
    ///
    /// # Panics
    /// When `i >= len()`.
    pub fn set_point(&mut self, i: usize, p: [f32; 2]) {
        let n = self.len();
        self.coords[i] = p[0];
        self.coords[i + n] = p[1];
    }

    /// The points in order.
    pub fn points(&self) -> impl ExactSizeIterator<Item = [f32; 2]> + '_ {
        self.xs().iter().zip(self.ys()).map(|(&x, &y)| [x, y])
    }

    /// The points collected as `(x, y)` pairs (OpenFace's `n × 2` reshape).
    pub fn to_points(&self) -> Vec<[f32; 2]> {
        self.points().collect()
    }

    /// OpenFace's layout: all x, then all y.
    pub fn as_slice(&self) -> &[f32] {
        &self.coords
    }

    /// OpenFace's layout, mutable; the point count cannot change.
    pub fn as_mut_slice(&mut self) -> &mut [f32] {
        &mut self.coords
    }

    /// The coordinates in OpenFace's layout.
    pub fn into_vec(self) -> Vec<f32> {
        self.coords
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_all_x_then_all_y() {
        let l = Landmarks2d::from_points(&[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
        assert_eq!(l.as_slice(), &[1.0, 3.0, 5.0, 2.0, 4.0, 6.0]);
        assert_eq!(l.len(), 3);
        assert_eq!(l.point(1), [3.0, 4.0]);
        assert_eq!(l.to_points(), vec![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
        assert!(Landmarks2d::from_xs_then_ys(vec![1.0; 3]).is_err());
    }
}
