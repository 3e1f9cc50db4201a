//! Bytes → text: byte-order marks, UTF-16, invalid UTF-8, and telling text from binary.
//!
//! Decoding never fails on odd text: undecodable bytes are replaced and a warning says so.
//! It fails only when there is nothing to read (empty) or the bytes are not text at all.

use crate::load::LoadError;
use std::path::Path;

/// How many leading bytes are inspected to tell text from binary.
const SNIFF_LEN: usize = 8 * 1024;
/// Above this share of control characters among the sniffed bytes, a file is binary.
const MAX_CONTROL_SHARE: f64 = 0.3;

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16_LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16_BE_BOM: &[u8] = &[0xFE, 0xFF];

/// Text decoded from a file, and what was wrong with its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes the bytes read from `path`: strips a UTF-8 byte-order mark, decodes UTF-16 with a
/// byte-order mark, replaces invalid UTF-8. Fails when the text is empty or the bytes binary.
pub(super) fn decode(path: &Path, bytes: &[u8]) -> Result<Decoded, LoadError> {
    let decoded = if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        decode_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        decode_utf16(rest, u16::from_be_bytes)
    } else {
        let rest = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
        if looks_binary(rest) {
            return Err(LoadError::Binary {
                path: path.to_path_buf(),
            });
        }
        decode_utf8(rest)
    };
    if decoded.text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(decoded)
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            warnings: Vec::new(),
        },
        Err(_) => Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            warnings: vec!["not valid UTF-8; undecodable bytes were replaced".to_owned()],
        },
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded {
    let chunks = bytes.chunks_exact(2);
    let odd_byte = !chunks.remainder().is_empty();
    let units = chunks.map(|pair| unit([pair[0], pair[1]]));
    let mut replaced = false;
    let mut text: String = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                replaced = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if odd_byte {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    let warnings = if replaced || odd_byte {
        vec!["not valid UTF-16; undecodable bytes were replaced".to_owned()]
    } else {
        Vec::new()
    };
    Decoded { text, warnings }
}

/// A NUL byte, or mostly control characters, in the first [`SNIFF_LEN`] bytes.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    !head.is_empty() && controls as f64 > head.len() as f64 * MAX_CONTROL_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(bytes: &[u8]) -> Decoded {
        decode(Path::new("a.txt"), bytes).expect("decodes")
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            UTF16_BE_BOM.to_vec()
        } else {
            UTF16_LE_BOM.to_vec()
        };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn utf8_passes_through_and_its_bom_is_stripped() {
        assert_eq!(ok("Kerry – Putin\r\n".as_bytes()).text, "Kerry – Putin\r\n");
        let with_bom = [UTF8_BOM, "title\n".as_bytes()].concat();
        let d = ok(&with_bom);
        assert_eq!(d.text, "title\n");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_with_either_bom_decodes() {
        let text = "---\r\ntitle: Kerry’s trip\r\n---\r\nMOSCOW, Dec. 16 - talks\r\n";
        for big_endian in [false, true] {
            let d = ok(&utf16(text, big_endian));
            assert_eq!(d.text, text);
            assert!(d.warnings.is_empty());
        }
    }

    #[test]
    fn broken_utf16_is_replaced_with_a_warning() {
        let mut bytes = utf16("ab", false);
        bytes.extend_from_slice(&0xD800u16.to_le_bytes()); // lone surrogate
        bytes.push(b'x'); // odd trailing byte
        let d = ok(&bytes);
        assert_eq!(d.text, "ab\u{FFFD}\u{FFFD}");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let d = ok(b"caf\xE9 au lait\n");
        assert_eq!(d.text, "caf\u{FFFD} au lait\n");
        assert_eq!(
            d.warnings,
            ["not valid UTF-8; undecodable bytes were replaced"]
        );
    }

    #[test]
    fn empty_and_blank_files_are_errors() {
        for bytes in [&b""[..], b"  \n\t\r\n", UTF8_BOM, UTF16_LE_BOM] {
            let err = decode(Path::new("e.txt"), bytes).unwrap_err();
            assert!(matches!(err, LoadError::Empty { .. }), "{bytes:?}");
            assert!(err.to_string().contains("e.txt: is empty"));
        }
    }

    #[test]
    fn nul_bytes_or_control_noise_are_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(
            decode(Path::new("p.txt"), png),
            Err(LoadError::Binary { .. })
        ));
        let noise: Vec<u8> = (0..400u32).map(|i| (i % 8) as u8 + 1).collect();
        let err = decode(Path::new("n.txt"), &noise).unwrap_err();
        assert!(err.to_string().contains("n.txt: looks binary, not text"));
        // A few stray control characters in real text are not binary.
        assert!(
            decode(
                Path::new("t.txt"),
                b"text with a \x07 bell and a \x0c form feed\n"
            )
            .is_ok()
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            if let Ok(d) = decode(Path::new("x"), &bytes) {
                prop_assert!(!d.text.trim().is_empty());
            }
        }
    }
}
