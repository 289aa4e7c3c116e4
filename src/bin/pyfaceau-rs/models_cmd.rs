//! `pyfaceau-rs models` (to be written).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ModelsArgs {}

pub fn run(_args: ModelsArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
