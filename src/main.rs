//! The `innograph` command: parse arguments, dispatch, turn outcomes into an exit code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Args as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("innograph: {e:#}");
            ExitCode::from(2)
        }
    }
}
