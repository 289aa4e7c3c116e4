//! The geometric descriptor of OpenFace 2.2's `FaceAnalyser::AddNextFrame`: the PDM's principal
//! components (converted to double) times the local parameters, with no mean shape (all X, all
//! Y, all Z: 204 values for the 68-point model), followed by the local parameters themselves
//! (34): 238 values. Zeros on a frame whose tracking failed.

use crate::error::{Error, Result};
use crate::model::pdm::Pdm;

/// Computes the geometric descriptor from a PDM's principal components.
#[derive(Clone, Debug)]
pub struct GeometryDescriptor {
    /// `3n × m` principal components as double, row-major (OpenFace's `princ_comp_d`).
    princ_comp: Vec<f64>,
    rows: usize,
    modes: usize,
}

impl GeometryDescriptor {
    /// Takes the principal components of the PDM the face analyser fits (OpenFace's
    /// `In-the-wild_aligned_PDM_68.txt`), converted from float to double as OpenFace does.
    pub fn new(pdm: &Pdm) -> Self {
        let modes = pdm.num_modes();
        GeometryDescriptor {
            princ_comp: pdm.princ_comp.iter().map(|&v| f64::from(v)).collect(),
            rows: pdm.mean_shape.len(),
            modes,
        }
    }

    /// Descriptor length: `3n + m` (238 for the 68-point, 34-mode model).
    pub fn len(&self) -> usize {
        self.rows + self.modes
    }

    /// Always false for a real PDM; present for API symmetry with [`GeometryDescriptor::len`].
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of local parameters (modes) expected.
    pub fn num_modes(&self) -> usize {
        self.modes
    }

    /// Writes the descriptor of a successfully tracked frame into `out`: `out[r] =
    /// Σ_k pc[r][k]·local[k]` in double (summed in mode order), then `local` as double.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `local` does not have one value per mode or `out` is not
    /// [`GeometryDescriptor::len`] long.
    pub fn compute_into(&self, local: &[f32], out: &mut [f64]) -> Result<()> {
        if local.len() != self.modes || out.len() != self.len() {
            return Err(Error::Invalid(format!(
                "geometric descriptor: {} local parameters and an output of {} for a PDM with \
                 {} modes and {} rows",
                local.len(),
                out.len(),
                self.modes,
                self.rows
            )));
        }
        let (locs, params) = out.split_at_mut(self.rows);
        for (p, &l) in params.iter_mut().zip(local) {
            *p = f64::from(l);
        }
        for (r, o) in locs.iter_mut().enumerate() {
            let pc = &self.princ_comp[r * self.modes..(r + 1) * self.modes];
            *o = pc.iter().zip(params.iter()).map(|(a, b)| a * b).sum();
        }
        Ok(())
    }

    /// [`GeometryDescriptor::compute_into`] into a new vector.
    ///
    /// # Errors
    /// As [`GeometryDescriptor::compute_into`].
    pub fn compute(&self, local: &[f32]) -> Result<Vec<f64>> {
        let mut out = vec![0.0; self.len()];
        self.compute_into(local, &mut out)?;
        Ok(out)
    }
}
