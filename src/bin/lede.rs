//! `lede`: clean news pages, print their article text, or analyze them as JSON.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
lede — clean news pages and extract their key facts

USAGE:
    lede clean   [OPTIONS] FILE|-        cleaned HTML (UTF-8) on stdout
    lede analyze [OPTIONS] FILE|-        JSON report on stdout
    lede text    [OPTIONS] FILE|- ...    article text on stdout
    lede text    [OPTIONS] --out-dir DIR FILE...
                                         writes DIR/<file stem>.txt per page
                                         (DIR/<parent>_<stem>.txt where stems clash)
    lede --help | --version

OPTIONS:
    --encoding LABEL    charset to assume when the page declares none (e.g. windows-1252)
    --keep-banners      do not remove unsupported-browser banners
    --keep-print        do not remove print widgets
    --keep-captions     do not remove duplicate captions
    --pretty            indent the JSON of `analyze`
    --out-dir DIR       (text) write one .txt file per input into DIR

`-` reads the page from standard input. Exit status: 0 on success, 1 when a page could not
be processed, 2 for bad arguments.
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Clean,
    Analyze,
    Text,
}

struct Args {
    command: Command,
    files: Vec<String>,
    options: lede::Options,
    pretty: bool,
    out_dir: Option<PathBuf>,
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let command = match raw.next().as_deref() {
        None | Some("-h" | "--help" | "help") => return Ok(None),
        Some("-V" | "--version") => {
            println!("lede {}", lede::version());
            std::process::exit(0);
        }
        Some("clean") => Command::Clean,
        Some("analyze") => Command::Analyze,
        Some("text") => Command::Text,
        Some(other) => return Err(format!("unknown command `{other}` (try `lede --help`)")),
    };
    let mut args = Args { command, files: Vec::new(), options: lede::Options::default(), pretty: false, out_dir: None };
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--encoding" => args.options.encoding_hint = Some(raw.next().ok_or("--encoding needs a label")?),
            "--keep-banners" => args.options.remove_banners = false,
            "--keep-print" => args.options.remove_print_widgets = false,
            "--keep-captions" => args.options.dedupe_captions = false,
            "--pretty" => args.pretty = true,
            "--out-dir" => args.out_dir = Some(PathBuf::from(raw.next().ok_or("--out-dir needs a directory")?)),
            "-" => args.files.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option `{s}` (try `lede --help`)")),
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        return Err("no input file given (use `-` for standard input)".into());
    }
    if args.command != Command::Text && args.files.len() > 1 {
        return Err(format!("`{}` takes one file", name(args.command)));
    }
    if args.out_dir.is_some() && args.command != Command::Text {
        return Err("--out-dir only works with `text`".into());
    }
    args.options.validate().map_err(|e| e.to_string())?;
    Ok(Some(args))
}

fn name(command: Command) -> &'static str {
    match command {
        Command::Clean => "clean",
        Command::Analyze => "analyze",
        Command::Text => "text",
    }
}

fn read_input(file: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    }
    Ok(bytes)
}

fn run_one(args: &Args, file: &str) -> Result<String, String> {
    let bytes = read_input(file)?;
    let fail = |e: lede::Error| format!("{file}: {e}");
    match args.command {
        Command::Clean => lede::clean(&bytes, &args.options).map(|c| c.html).map_err(fail),
        Command::Text => lede::text(&bytes, &args.options).map(|t| t + "\n").map_err(fail),
        Command::Analyze => {
            let report = lede::analyze(&bytes, &args.options).map_err(fail)?;
            let json = if args.pretty { serde_json::to_string_pretty(&report) } else { serde_json::to_string(&report) };
            json.map(|j| j + "\n").map_err(|e| format!("{file}: cannot write JSON: {e}"))
        }
    }
}

fn stem(file: &str) -> String {
    Path::new(file).file_stem().and_then(|s| s.to_str()).filter(|s| *s != "-").unwrap_or("stdin").to_string()
}

/// Output file names for `--out-dir`: `<stem>.txt`, or `<parent>_<stem>.txt` for files whose
/// stems clash (`a/source.html`, `b/source.html`). Names that still clash are an error.
fn out_names(files: &[String]) -> Result<Vec<String>, String> {
    let stems: Vec<String> = files.iter().map(|f| stem(f)).collect();
    let names: Vec<String> = files
        .iter()
        .zip(&stems)
        .map(|(file, stem)| {
            if stems.iter().filter(|s| *s == stem).count() == 1 {
                return format!("{stem}.txt");
            }
            let parent = Path::new(file).parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
            format!("{parent}_{stem}.txt")
        })
        .collect();
    for (i, name) in names.iter().enumerate() {
        if let Some(j) = names[..i].iter().position(|n| n == name) {
            return Err(format!("{} and {} would both be written to {name}", files[j], files[i]));
        }
    }
    Ok(names)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("lede: {message}");
            return ExitCode::from(2);
        }
    };
    let names = match &args.out_dir {
        Some(_) => match out_names(&args.files) {
            Ok(names) => names,
            Err(message) => {
                eprintln!("lede: {message}");
                return ExitCode::from(2);
            }
        },
        None => Vec::new(),
    };
    if let Some(dir) = &args.out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("lede: cannot create {}: {e}", dir.display());
            return ExitCode::from(1);
        }
    }
    let mut failed = false;
    let stdout = std::io::stdout();
    for (i, file) in args.files.iter().enumerate() {
        match run_one(&args, file) {
            Ok(output) => {
                let written = match &args.out_dir {
                    Some(dir) => std::fs::write(dir.join(&names[i]), output).map_err(|e| e.to_string()),
                    None => stdout.lock().write_all(output.as_bytes()).map_err(|e| e.to_string()),
                };
                if let Err(e) = written {
                    eprintln!("lede: {file}: cannot write output: {e}");
                    failed = true;
                }
            }
            Err(message) => {
                eprintln!("lede: {message}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
