//! Optional PINs for profiles on a shared PC. Only a salted Argon2id hash (a PHC string such
//! as `$argon2id$v=19$m=19456,t=2,p=1$…`) is kept in `profiles.ron`, never the PIN.
//!
//! A PIN keeps the next person at a clinic PC from opening someone else's profile with one
//! click. It is not encryption: the files themselves are protected by the account's
//! permissions (see the README).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};

/// Shortest PIN accepted.
pub const MIN_PIN_LEN: usize = 4;

/// Why a PIN was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    /// Too short or not digits.
    #[error("a PIN is at least {MIN_PIN_LEN} digits")]
    Form,
    /// The hashing library failed (should not happen).
    #[error("the PIN could not be stored ({0})")]
    Hash(String),
}

impl PinError {
    /// Why, to be said in the language shown.
    pub fn said(&self) -> crate::messages::Said {
        use crate::messages::Said;
        match self {
            PinError::Form => Said::new("pin-too-short").number("digits", MIN_PIN_LEN),
            PinError::Hash(_) => Said::new("io-other").text("text", self.to_string()),
        }
    }
}

/// Hashes a PIN with a fresh random salt.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    let pin = pin.trim();
    if pin.len() < MIN_PIN_LEN || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::Form);
    }
    let salt = SaltString::encode_b64(&random_salt()).map_err(|e| PinError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Whether `pin` matches a hash made by [`hash_pin`]. A damaged hash matches nothing.
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.trim().as_bytes(), &parsed)
            .is_ok()
    })
}

/// 16 bytes that differ between calls and processes. A salt must be unique, not secret:
/// std's `RandomState` is seeded from the operating system's random source.
fn random_salt() -> [u8; 16] {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut salt = [0u8; 16];
    for (index, chunk) in salt.chunks_mut(8).enumerate() {
        let mut hasher = std::hash::RandomState::new().build_hasher();
        hasher.write_usize(index);
        if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            hasher.write_u128(since.as_nanos());
        }
        chunk.copy_from_slice(&hasher.finish().to_le_bytes());
    }
    salt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_kept_only_as_a_salted_hash() {
        let first = hash_pin("4821").unwrap();
        let second = hash_pin("4821").unwrap();
        assert!(first.starts_with("$argon2id$"), "{first}");
        assert!(!first.contains("4821"));
        assert_ne!(first, second, "each hash has its own salt");
        assert!(verify_pin("4821", &first));
        assert!(verify_pin(" 4821 ", &second));
        assert!(!verify_pin("4822", &first));
        assert!(!verify_pin("4821", "not a hash"));
    }

    #[test]
    fn short_or_non_digit_pins_are_refused() {
        assert_eq!(hash_pin("123"), Err(PinError::Form));
        assert_eq!(hash_pin("12a4"), Err(PinError::Form));
    }
}
