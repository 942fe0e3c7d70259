//! Errors: every way a call can fail, as types. Input never causes a panic.

use thiserror::Error;

/// Why a call into Lede failed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The options were rejected; the message names the offending option.
    #[error("invalid option `{name}`: {reason}")]
    InvalidOption {
        /// The option's name as written by the caller (camelCase in JS).
        name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The input exceeds [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The HTML parser gave up (for example on a memory limit); the page is passed through
    /// unchanged by callers that prefer a safe pass-through.
    #[error("HTML could not be processed: {0}")]
    Html(String),
}
