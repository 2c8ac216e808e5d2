//! The results settings form in words: its field names and what is wrong with what was typed
//! ([`crate::xapi::form`]).

use crate::xapi::form::{Field, FormProblem, MAX_ACCOUNT_CHARS};

/// A field's label.
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Account => "Account id",
        Field::Endpoint => "Record store",
        Field::User => "User",
        Field::Password => "Password",
    }
}

/// What is wrong, and what to do about it.
pub fn problem(p: &FormProblem) -> String {
    match p {
        FormProblem::AccountSpaces => {
            "The account id cannot have spaces: use letters, digits and dashes, or leave it empty for a fresh pseudonym.".into()
        }
        FormProblem::AccountTooLong(n) => format!(
            "The account id is {n} characters long; keep it to {MAX_ACCOUNT_CHARS}."
        ),
        FormProblem::AccountIsEmail => {
            "This looks like an email address: every result sent will name you. Keep it only if your company asks for it.".into()
        }
        FormProblem::EndpointScheme => {
            "The record store's address must start with https:// (or http:// on a local network), e.g. https://lrs.example.com/xapi/.".into()
        }
        FormProblem::EndpointNoHost => {
            "The record store's address names no server: write it after https://.".into()
        }
        FormProblem::EndpointSpaces => "The record store's address cannot have spaces.".into(),
        FormProblem::HalfCredentials { missing } => format!(
            "Give the {} as well, or leave both user and password empty.",
            field(*missing).to_lowercase()
        ),
        FormProblem::CredentialsUnused => {
            "A user and password are kept but not used until a record store is given.".into()
        }
        FormProblem::PlainHttpPassword => {
            "Over http:// the password travels unencrypted: use https:// unless the store is on your own network.".into()
        }
    }
}

/// Why the save was refused.
pub fn not_saved(blocking: usize) -> String {
    match blocking {
        1 => "Not saved: one answer needs fixing (see above).".into(),
        n => format!("Not saved: {n} answers need fixing (see above)."),
    }
}
