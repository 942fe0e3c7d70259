//! The `lede` command line contract: subcommands, JSON shape, stdin, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const PAGE: &str = "tests/fixtures/presse-blinken/input.html";

fn lede(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lede runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

#[test]
fn clean_prints_the_cleaned_page() {
    let out = lede(&["clean", PAGE], None);
    assert!(out.status.success());
    let html = stdout(&out);
    assert!(html.contains("Antony Blinkens Empfang fiel etwas frostig aus"));
    assert!(!html.contains("Dieser Browser wird nicht mehr unterstützt"));
    assert_eq!(html, lede::clean(&std::fs::read(PAGE).unwrap(), &lede::Options::default()).unwrap().html);
}

#[test]
fn analyze_prints_the_report_contract() {
    let out = lede(&["analyze", PAGE], None);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    for key in ["removed", "skipped", "article", "facts", "stats"] {
        assert!(report.get(key).is_some(), "missing {key}");
    }
    let kinds: Vec<&str> = report["removed"].as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert!(
        kinds.contains(&"unsupported-browser")
            && kinds.contains(&"print-widget")
            && kinds.contains(&"duplicate-caption")
    );
    for r in report["removed"].as_array().unwrap() {
        assert!(r["rule"].is_string() && r["text"].is_string());
    }
}

#[test]
fn text_reads_stdin_and_writes_out_dir() {
    let page = std::fs::read(PAGE).unwrap();
    let out = lede(&["text", "-"], Some(&page));
    assert!(out.status.success());
    assert!(stdout(&out).contains("Eine der Gretchenfragen wird zudem sein"));

    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    let second = "tests/fixtures/en-cssinjs/input.html";
    let out = lede(&["text", "--out-dir", dir.to_str().unwrap(), PAGE, second], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Both files are called input.html: their folder names tell them apart.
    let first = std::fs::read_to_string(dir.join("presse-blinken_input.txt")).expect("first page written");
    assert!(first.contains("Antony Blinkens Empfang"));
    let other = std::fs::read_to_string(dir.join("en-cssinjs_input.txt")).expect("second page written");
    assert!(other.contains("Millbrook"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_and_unreadable_input_fail_with_one_line() {
    let out = lede(&["clean", "/nonexistent/page.html"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot read /nonexistent/page.html"));

    for args in
        [&["frobnicate", PAGE][..], &["clean", "--bogus", PAGE], &["clean"], &["clean", "--encoding", "nope", PAGE]]
    {
        let out = lede(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1, "{args:?}");
    }
}

#[test]
fn help_lists_the_commands() {
    let out = lede(&["--help"], None);
    assert!(out.status.success());
    let help = stdout(&out);
    for cmd in ["lede clean", "lede analyze", "lede text", "--out-dir"] {
        assert!(help.contains(cmd), "{cmd}");
    }
}
