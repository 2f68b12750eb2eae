//! Writes the synthetic benchmark corpus (see `benches/corpus/generator.rs`) as files.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 100 --seed 1 --out target/bench-corpus/100
//! ```

#[path = "../benches/corpus/generator.rs"]
mod generator;

use std::path::PathBuf;

fn main() {
    let mut mb = 10.0_f64;
    let mut seed = 1_u64;
    let mut out = PathBuf::from("target/bench-corpus/10");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--mb" => mb = value().parse().expect("--mb takes a number"),
            "--seed" => seed = value().parse().expect("--seed takes an integer"),
            "--out" => out = value().into(),
            other => panic!("unknown argument {other} (--mb N --seed S --out DIR)"),
        }
    }
    std::fs::create_dir_all(&out).expect("output folder");
    let (mut files, mut bytes) = (0usize, 0usize);
    generator::generate((mb * 1e6) as usize, seed, |name, text| {
        std::fs::write(out.join(name), text).expect("write a document");
        files += 1;
        bytes += text.len();
    });
    eprintln!("wrote {files} documents, {:.1} MB, to {}", bytes as f64 / 1e6, out.display());
}
