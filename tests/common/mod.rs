//! Helpers shared by the integration tests: run the real binary, make scratch folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `innograph` binary cargo built for these tests.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_innograph"))
}

/// Runs the binary with `args` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin().current_dir(dir).args(args).output().expect("innograph runs")
}

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled sample document.
pub fn sample() -> PathBuf {
    root().join("data/sample/taixing-2022-kejiju.txt")
}

/// `../shared` beside the project, which CI and developers have; tests that need it fail
/// loudly when it is missing rather than pass without checking.
pub fn shared() -> PathBuf {
    let p = root().join("../shared");
    assert!(p.join("eval/score.py").exists(), "../shared/eval/score.py is missing: the scorer tests need it");
    p
}

/// Text of stdout and stderr.
pub fn texts(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// Builds `inputs` into `out` (relative to `dir`) and returns the output.
pub fn build(dir: &Path, inputs: &[&Path], out: &Path) -> Output {
    let mut args: Vec<String> = vec!["build".into(), "--quiet".into(), "--out".into(), out.display().to_string()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    bin().current_dir(dir).args(&args).output().expect("innograph runs")
}
