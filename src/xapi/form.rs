//! The results settings as a person types them (account id, learning record store endpoint,
//! user and password), checked before they are saved: each problem names its field, and the
//! wording module says it ([`crate::wording::results`]). Problems that would break sending block
//! the save; cautions do not.

/// A field of the results settings form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The pseudonymous account id.
    Account,
    /// The learning record store's endpoint.
    Endpoint,
    /// Its user.
    User,
    /// Its password.
    Password,
    /// The account's home page: the learning system's web address.
    HomePage,
}

/// The longest account id kept (an LRS keeps account names short).
pub const MAX_ACCOUNT_CHARS: usize = 64;

/// Something wrong, or worth a second look, in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// The account id has spaces or control characters.
    AccountSpaces,
    /// The account id is longer than [`MAX_ACCOUNT_CHARS`].
    AccountTooLong(usize),
    /// The account id looks like an email address (allowed, but it names the person).
    AccountIsEmail,
    /// The endpoint does not start with `http://` or `https://`.
    EndpointScheme,
    /// The endpoint names no host.
    EndpointNoHost,
    /// The endpoint has spaces in it.
    EndpointSpaces,
    /// A user or password written into the endpoint's address.
    EndpointCredentials,
    /// The endpoint ends with `/statements` (the sender adds it).
    EndpointStatements,
    /// The endpoint names a server and no path (a caution: a store's endpoint usually has one).
    EndpointRoot,
    /// The account's home page (the learning system's web address) is not an http(s) address.
    HomePage,
    /// A user without a password, or a password without a user.
    HalfCredentials {
        /// The field left empty.
        missing: Field,
    },
    /// Credentials but no endpoint: they are kept but not used.
    CredentialsUnused,
    /// A password sent over plain HTTP (allowed for a store on the local network).
    PlainHttpPassword,
}

impl FormProblem {
    /// The field it is about.
    pub fn field(&self) -> Field {
        match self {
            FormProblem::AccountSpaces
            | FormProblem::AccountTooLong(_)
            | FormProblem::AccountIsEmail => Field::Account,
            FormProblem::EndpointScheme
            | FormProblem::EndpointNoHost
            | FormProblem::EndpointSpaces
            | FormProblem::EndpointCredentials
            | FormProblem::EndpointStatements
            | FormProblem::EndpointRoot
            | FormProblem::PlainHttpPassword => Field::Endpoint,
            FormProblem::HomePage => Field::HomePage,
            FormProblem::HalfCredentials { missing } => *missing,
            FormProblem::CredentialsUnused => Field::User,
        }
    }

    /// True when the settings cannot be saved with it.
    pub fn blocks(&self) -> bool {
        !matches!(
            self,
            FormProblem::AccountIsEmail
                | FormProblem::CredentialsUnused
                | FormProblem::PlainHttpPassword
                | FormProblem::EndpointRoot
        )
    }
}

/// Every problem in the form, in field order. An empty account id is fine (a fresh pseudonym is
/// made when saved); an empty endpoint means results stay on this computer.
pub fn check(account: &str, endpoint: &str, user: &str, password: &str) -> Vec<FormProblem> {
    let mut out = Vec::new();
    let account = account.trim();
    if account.chars().any(|c| c.is_whitespace() || c.is_control()) {
        out.push(FormProblem::AccountSpaces);
    }
    let n = account.chars().count();
    if n > MAX_ACCOUNT_CHARS {
        out.push(FormProblem::AccountTooLong(n));
    }
    if let Some((name, domain)) = account.split_once('@')
        && !name.is_empty()
        && domain.contains('.')
    {
        out.push(FormProblem::AccountIsEmail);
    }
    let endpoint = endpoint.trim();
    let mut plain_http = false;
    if !endpoint.is_empty() {
        // The sender's own judgement, so that the form never takes what the sender refuses.
        use super::send::{EndpointProblem as P, endpoint_base, endpoint_is_root};
        match endpoint_base(endpoint) {
            Ok(base) => {
                plain_http = base.starts_with("http://");
                if endpoint_is_root(endpoint) {
                    out.push(FormProblem::EndpointRoot);
                }
            }
            Err(P::Scheme) => out.push(FormProblem::EndpointScheme),
            Err(P::NoHost) => out.push(FormProblem::EndpointNoHost),
            Err(P::Credentials) => out.push(FormProblem::EndpointCredentials),
            Err(P::Statements) => out.push(FormProblem::EndpointStatements),
        }
        if endpoint.chars().any(char::is_whitespace) {
            out.push(FormProblem::EndpointSpaces);
        }
    }
    match (user.is_empty(), password.is_empty()) {
        (false, true) => out.push(FormProblem::HalfCredentials {
            missing: Field::Password,
        }),
        (true, false) => out.push(FormProblem::HalfCredentials {
            missing: Field::User,
        }),
        _ => {}
    }
    let credentials = !user.is_empty() || !password.is_empty();
    if credentials && endpoint.is_empty() {
        out.push(FormProblem::CredentialsUnused);
    }
    if plain_http && !password.is_empty() {
        out.push(FormProblem::PlainHttpPassword);
    }
    out
}

/// The account's home page, as typed: the learning system's web address (`https://…`), which
/// the statements name as the system the account belongs to. Empty keeps the default.
pub fn check_home_page(home_page: &str) -> Option<FormProblem> {
    use super::send::{EndpointProblem as P, endpoint_base};
    let h = home_page.trim();
    match endpoint_base(h) {
        _ if h.is_empty() => None,
        Ok(_) | Err(P::Statements) if !h.contains(char::is_whitespace) => None,
        _ => Some(FormProblem::HomePage),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_form_has_no_problems_and_an_empty_one_is_fine() {
        assert!(check("", "", "", "").is_empty());
        assert!(
            check(
                "player-0a1b2c3d4e5f",
                "https://lrs.example.com/xapi/",
                "key",
                "secret"
            )
            .is_empty()
        );
    }

    #[test]
    fn each_problem_names_its_field_and_whether_it_blocks() {
        let p = check("jo smith", "lrs.example.com", "key", "");
        assert_eq!(
            p,
            vec![
                FormProblem::AccountSpaces,
                FormProblem::EndpointScheme,
                FormProblem::HalfCredentials {
                    missing: Field::Password
                },
            ]
        );
        assert!(p.iter().all(FormProblem::blocks));
        let p = check(
            "jo@example.com",
            "http://10.0.0.5:8080/xapi",
            "key",
            "secret",
        );
        assert_eq!(
            p,
            vec![FormProblem::AccountIsEmail, FormProblem::PlainHttpPassword]
        );
        assert!(!p.iter().any(FormProblem::blocks));
        assert_eq!(
            check("", "https:///xapi", "", ""),
            vec![FormProblem::EndpointNoHost]
        );
        assert_eq!(
            check("", "", "", "pw"),
            vec![
                FormProblem::HalfCredentials {
                    missing: Field::User
                },
                FormProblem::CredentialsUnused,
            ]
        );
        assert_eq!(
            check(&"x".repeat(70), "", "", ""),
            vec![FormProblem::AccountTooLong(70)]
        );
    }
}
