//! The educational-use notice, shown wherever a result or article is shown.

/// Title of the notice.
pub const NOTICE_TITLE: &str = "For learning, not a diagnosis";

/// The notice itself, in plain words.
pub const NOTICE: &str = "AnkleBack explains what published articles and guidelines say. \
It does not diagnose you or replace a doctor, nurse or physiotherapist. \
Warning signs need care: if one of them applies to you, get help as the app advises, \
whatever else you read here. Every explanation shows the source it comes from.";
