//! How the documents look: the first pages of each template, in Latin, Arabic script
//! (Naskh and Nastaliq), an Indic script and large print, drawn by Poppler at low
//! resolution and compared with the reference pictures in `tests/refs/visual/`.
//!
//! A template change that clips Nastaliq, moves a table or drops a heading changes many
//! pixels and fails here; anti-aliasing does not. `UPDATE_REFS=1 cargo test visual`
//! rewrites the pictures (look at them before committing: they are PNG). A failure leaves
//! the page as drawn and a picture of the differences in the test's output folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{brookfield, iepress, root, temp, update_refs};

/// Pixels per inch of the pictures: enough to see layout, small enough to keep.
const DPI: &str = "24";
/// How far a pixel's grey may move before it counts as different (of 255).
const TOLERANCE: u8 = 48;
/// How many pixels of a page may differ before the page does (one in 400).
const MAX_DIFFERENT: f64 = 0.0025;

/// A page drawn in grey: its width, height and one byte a pixel.
struct Picture {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

impl Picture {
    fn read_png(path: &Path) -> Picture {
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        ));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        pixels.truncate(info.buffer_size());
        // pdftoppm writes grey pages as RGB; the references are grey.
        let channels = match info.color_type {
            png::ColorType::Grayscale => 1,
            png::ColorType::Rgb => 3,
            png::ColorType::Rgba => 4,
            other => panic!("{}: unexpected colour type {other:?}", path.display()),
        };
        assert_eq!(info.bit_depth, png::BitDepth::Eight, "{}", path.display());
        let pixels = pixels
            .chunks(channels)
            .map(|p| {
                (p.iter().take(3).map(|&c| u32::from(c)).sum::<u32>() / channels.min(3) as u32)
                    as u8
            })
            .collect();
        Picture {
            width: info.width,
            height: info.height,
            pixels,
        }
    }

    fn write_png(&self, path: &Path) {
        let file = std::fs::File::create(path).unwrap();
        let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), self.width, self.height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&self.pixels).unwrap();
    }
}

/// The first `pages` pages of a PDF, drawn by pdftoppm in grey.
fn draw(pdf: &Path, pages: usize) -> Vec<Picture> {
    let dir = pdf.parent().unwrap();
    let stem = dir.join("page");
    let status = Command::new("pdftoppm")
        .args([
            "-r",
            DPI,
            "-gray",
            "-png",
            "-f",
            "1",
            "-l",
            &pages.to_string(),
        ])
        .arg(pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm runs (install poppler-utils, or run the tests with .ci/test)");
    assert!(status.success(), "pdftoppm failed on {}", pdf.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("page-")
        })
        .collect();
    files.sort();
    let pictures = files.iter().map(|f| Picture::read_png(f)).collect();
    for f in files {
        std::fs::remove_file(f).unwrap();
    }
    pictures
}

/// Compares the pages with their references (or rewrites them), naming each page that
/// differs and keeping what it looks like now beside a picture of the differences.
fn compare(name: &str, pictures: &[Picture], out: &Path) -> Vec<String> {
    let refs = root().join("tests/refs/visual");
    let mut problems = Vec::new();
    for (i, picture) in pictures.iter().enumerate() {
        let reference = refs.join(format!("{name}-{}.png", i + 1));
        if update_refs() {
            std::fs::create_dir_all(&refs).unwrap();
            picture.write_png(&reference);
            continue;
        }
        if !reference.exists() {
            problems.push(format!(
                "{name} page {}: no reference picture (run UPDATE_REFS=1 cargo test visual)",
                i + 1
            ));
            continue;
        }
        let expected = Picture::read_png(&reference);
        if (expected.width, expected.height) != (picture.width, picture.height) {
            problems.push(format!(
                "{name} page {}: {}x{} pixels, the reference has {}x{}",
                i + 1,
                picture.width,
                picture.height,
                expected.width,
                expected.height
            ));
            continue;
        }
        let diff: Vec<u8> = picture
            .pixels
            .iter()
            .zip(&expected.pixels)
            .map(|(a, b)| if a.abs_diff(*b) > TOLERANCE { 0 } else { 255 })
            .collect();
        let different = diff.iter().filter(|&&p| p == 0).count();
        let share = different as f64 / diff.len() as f64;
        if share > MAX_DIFFERENT {
            let now = out.join(format!("{name}-{}.png", i + 1));
            picture.write_png(&now);
            let marked = Picture {
                width: picture.width,
                height: picture.height,
                pixels: diff,
            };
            marked.write_png(&out.join(format!("{name}-{}.diff.png", i + 1)));
            problems.push(format!(
                "{name} page {}: {different} pixels ({:.2}%) differ from {} (now: {})",
                i + 1,
                share * 100.0,
                reference.display(),
                now.display()
            ));
        }
    }
    let extra = refs.join(format!("{name}-{}.png", pictures.len() + 1));
    if !update_refs() && extra.exists() {
        problems.push(format!("{name}: fewer pages than the reference"));
    }
    problems
}

/// Runs iepress with `args` (where `OUT` is the PDF to write) and draws its first pages.
fn case(name: &str, args: &[&str], pages: usize, out: &Path) -> Vec<String> {
    let dir = temp();
    let pdf = dir.path().join("out.pdf");
    let args: Vec<&str> = args
        .iter()
        .map(|a| {
            if *a == "OUT" {
                pdf.to_str().unwrap()
            } else {
                a
            }
        })
        .collect();
    let run = iepress(dir.path(), &args);
    assert_eq!(run.status, 0, "{name}: {}", run.stderr);
    compare(name, &draw(&pdf, pages), out)
}

#[test]
fn every_template_looks_as_it_did() {
    let school = brookfield();
    let plan = |name: &str| school.join("plans").join(name).to_str().unwrap().to_owned();
    let (amira, oliver, zofia) = (
        plan("amira-khan.yaml"),
        plan("oliver-smith.yaml"),
        plan("zofia-nowak.yaml"),
    );
    let school_dir = school.to_str().unwrap();
    let profile = school.join("school.yaml");
    let profile = profile.to_str().unwrap();
    let out = temp().keep();
    let cases: &[(&str, Vec<&str>, usize)] = &[
        ("iep-latin-pl", vec!["render", &zofia, "-o", "OUT"], 2),
        ("iep-naskh-ur", vec!["render", &amira, "-o", "OUT"], 2),
        (
            "iep-nastaliq-ur",
            vec!["render", &amira, "--nastaliq", "-o", "OUT"],
            2,
        ),
        (
            "iep-gurmukhi-pa",
            vec!["render", &amira, "--lang", "pa", "-o", "OUT"],
            2,
        ),
        (
            "iep-large-print-en",
            vec!["render", &oliver, "-o", "OUT"],
            2,
        ),
        (
            "provision-school",
            vec!["provision-map", school_dir, "-o", "OUT"],
            2,
        ),
        (
            "provision-parent-ur",
            vec![
                "provision-map",
                school_dir,
                "--pupil",
                "amira-khan",
                "-o",
                "OUT",
            ],
            2,
        ),
        (
            "leaflet-guide-en",
            vec!["leaflet", "iep-guide", "--school", profile, "-o", "OUT"],
            2,
        ),
        (
            "leaflet-questions-ar-large",
            vec![
                "leaflet",
                "review-questions",
                "--lang",
                "ar",
                "--large-print",
                "--school",
                profile,
                "-o",
                "OUT",
            ],
            2,
        ),
    ];
    let mut problems = Vec::new();
    for (name, args, pages) in cases {
        problems.extend(case(name, args, *pages, &out));
    }
    // The print pack's list of appointments (its first page).
    let dir = temp();
    let evening = dir.path().join("evening");
    let csv = school.join("evening.csv");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            school_dir,
            "--appointments",
            csv.to_str().unwrap(),
            "-o",
            evening.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let pack = dir.path().join("pack.pdf");
    std::fs::copy(evening.join("print-pack.pdf"), &pack).unwrap();
    let first = draw(&pack, 1);
    problems.extend(compare("pack-cover", &first, &out));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    std::fs::remove_dir_all(out).unwrap();
}
