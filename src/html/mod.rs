//! The only code that touches `lol_html`: decoding, the scan pass and the rewrite pass.

pub mod decode;
pub mod entities;
pub mod rewrite;
pub mod scan;
