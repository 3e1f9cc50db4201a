//! HTML bytes → text: the page's byte-order mark, else the charset the server named, else a
//! `<meta charset>` near the top, else UTF-8 (invalid bytes replaced, with a warning).

use crate::load::LoadError;
use crate::load::decode::{Decoded, looks_binary};
use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// How far into the page a `<meta charset>` is looked for (as browsers do).
const PRESCAN_LEN: usize = 1024;

/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("valid regex")
});

/// Decodes the page read from `path`; `http_charset` is the `charset` of the server's
/// `Content-Type`, if any. Fails when the page is empty or binary.
pub(super) fn decode_html(
    path: &Path,
    bytes: &[u8],
    http_charset: Option<&str>,
) -> Result<Decoded, LoadError> {
    let (encoding, body, declared) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..], true),
        None => match http_charset
            .and_then(|c| Encoding::for_label(c.as_bytes()))
            .or_else(|| meta_charset(bytes))
        {
            Some(encoding) => (encoding, bytes, true),
            None => (UTF_8, bytes, false),
        },
    };
    if encoding.is_ascii_compatible() && looks_binary(body) {
        return Err(LoadError::Binary {
            path: path.to_path_buf(),
        });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let mut warnings = Vec::new();
    if had_errors {
        let context = if declared {
            "as the page declares"
        } else {
            "and the page declares no charset"
        };
        warnings.push(format!(
            "not valid {} {context}; undecodable bytes were replaced",
            encoding.name()
        ));
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(Decoded {
        text: text.into_owned(),
        warnings,
    })
}

/// The encoding a `<meta>` tag in the first [`PRESCAN_LEN`] bytes names. A page cannot
/// declare UTF-16 this way (its bytes would not be ASCII), so such a label means UTF-8.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    Some(if encoding.is_ascii_compatible() {
        encoding
    } else {
        UTF_8
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8], http: Option<&str>) -> Decoded {
        decode_html(Path::new("p.html"), bytes, http).expect("decodes")
    }

    #[test]
    fn meta_charset_decodes_legacy_pages() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title>";
        let d = ok(page, None);
        assert!(d.text.contains("<title>Café</title>"));
        assert!(d.warnings.is_empty());
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\xE9t\xE9";
        assert!(ok(http_equiv, None).text.ends_with("été"));
    }

    #[test]
    fn the_bom_beats_the_server_which_beats_the_meta_tag() {
        let page = "\u{FEFF}<meta charset=\"windows-1252\">Café".as_bytes();
        assert!(ok(page, Some("iso-8859-1")).text.ends_with("Café"));
        let latin = b"<meta charset=\"utf-8\">Caf\xE9";
        assert!(ok(latin, Some("iso-8859-1")).text.ends_with("Café"));
    }

    #[test]
    fn undeclared_invalid_utf8_is_replaced_with_a_warning() {
        let d = ok(b"<p>Caf\xE9</p>", None);
        assert_eq!(d.text, "<p>Caf\u{FFFD}</p>");
        assert_eq!(
            d.warnings,
            ["not valid UTF-8 and the page declares no charset; undecodable bytes were replaced"]
        );
    }

    #[test]
    fn empty_and_binary_pages_are_errors() {
        let empty = decode_html(Path::new("e.html"), b"  \n", None).unwrap_err();
        assert!(matches!(empty, LoadError::Empty { .. }));
        let png = decode_html(Path::new("p.html"), b"\x89PNG\r\n\x1a\n\0\0", None).unwrap_err();
        assert!(matches!(png, LoadError::Binary { .. }));
    }
}
