//! Options: one configuration type whose defaults are stated here and validated once.

use serde::Deserialize;

use crate::error::Error;

/// How Lede cleans and analyzes a page.
///
/// Every field has a default; [`Options::default()`] is the policy the CLI, the extension and the
/// demo use. In JavaScript the fields are written in camelCase (`removeBanners`); an unknown
/// field is an error that names it.
///
/// ```
/// let opts = lede::Options { remove_print_widgets: false, ..lede::Options::default() };
/// assert!(opts.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Remove "unsupported / outdated browser" banners. Default `true`.
    pub remove_banners: bool,
    /// Remove print links, print buttons and tool bars left empty by that. Default `true`.
    pub remove_print_widgets: bool,
    /// Remove repeated copies of an image caption, keep one with its credit, and separate a
    /// credit glued to the caption text. Default `true`.
    pub dedupe_captions: bool,
    /// Character encoding label to use when the page declares none (no BOM, no
    /// `<meta charset>`), such as the HTTP `Content-Type` charset. Default: none, which means
    /// UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise.
    pub encoding_hint: Option<String>,
    /// Largest input accepted, in bytes; larger input is an [`Error::InputTooLarge`].
    /// Default 64 MiB.
    pub max_input_bytes: usize,
    /// Size of the pieces in which the HTML is fed to the streaming parser. Results never
    /// depend on it (tests run with 1, 7 and 64 bytes); smaller pieces use less peak memory in
    /// the parser. Default 64 KiB; must be at least 1.
    pub chunk_size: usize,
}

/// The option names as JavaScript writes them.
const KNOWN: &[&str] =
    &["removeBanners", "removePrintWidgets", "dedupeCaptions", "encodingHint", "maxInputBytes", "chunkSize"];

impl Default for Options {
    fn default() -> Self {
        Options {
            remove_banners: true,
            remove_print_widgets: true,
            dedupe_captions: true,
            encoding_hint: None,
            max_input_bytes: 64 << 20,
            chunk_size: 64 << 10,
        }
    }
}

impl Options {
    /// Reads options from a JSON object (camelCase keys, as JavaScript callers write them) and
    /// validates them. `null` means the defaults. An unknown key, a value of the wrong type or
    /// an invalid value is an [`Error::InvalidOption`] that names the option.
    ///
    /// ```
    /// let err = lede::Options::from_json(&serde_json::json!({"removeBanners": "yes"})).unwrap_err();
    /// assert!(err.to_string().contains("removeBanners"));
    /// let err = lede::Options::from_json(&serde_json::json!({"removeBaners": true})).unwrap_err();
    /// assert!(err.to_string().contains("removeBaners"));
    /// ```
    pub fn from_json(value: &serde_json::Value) -> Result<Options, Error> {
        let object = match value {
            serde_json::Value::Null => return Ok(Options::default()),
            serde_json::Value::Object(map) => map,
            other => {
                return Err(Error::InvalidOption {
                    name: "options".into(),
                    reason: format!("must be an object, not {other}"),
                })
            }
        };
        let options = match Options::deserialize(value) {
            Ok(options) => options,
            Err(whole) => {
                // Name the culprit: the first key that fails on its own.
                for (key, v) in object {
                    let single = serde_json::Value::Object([(key.clone(), v.clone())].into_iter().collect());
                    if let Err(e) = Options::deserialize(&single) {
                        let reason = if KNOWN.contains(&key.as_str()) {
                            e.to_string()
                        } else {
                            format!("unknown option; known options are {}", KNOWN.join(", "))
                        };
                        return Err(Error::InvalidOption { name: key.clone(), reason });
                    }
                }
                return Err(Error::InvalidOption { name: "options".into(), reason: whole.to_string() });
            }
        };
        options.validate()?;
        Ok(options)
    }

    /// Checks the values once, before any work; the error names the first bad option.
    pub fn validate(&self) -> Result<(), Error> {
        if self.chunk_size == 0 {
            return Err(Error::InvalidOption { name: "chunkSize".into(), reason: "must be at least 1".into() });
        }
        if let Some(label) = &self.encoding_hint {
            if encoding_rs::Encoding::for_label(label.trim().as_bytes()).is_none() {
                return Err(Error::InvalidOption {
                    name: "encodingHint".into(),
                    reason: format!("unknown encoding label {label:?}"),
                });
            }
        }
        Ok(())
    }
}
