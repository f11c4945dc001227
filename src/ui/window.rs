//! The window: owns the [`AnkleBackApp`], applies the theme, draws the shell each frame and
//! hands the intents to the app. The only place where egui's frame loop meets the app state.

use std::time::Duration;

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::settings::Settings;

/// The app in a window (eframe) or a test harness (kittest).
pub struct AppWindow {
    /// The app state, changed only through [`AnkleBackApp::apply`].
    pub app: AnkleBackApp,
    /// The settings last applied to the egui context.
    applied_settings: Option<Settings>,
    /// The window title last sent.
    applied_title: Option<String>,
    /// Whether full screen was last asked for (consult mode).
    applied_fullscreen: bool,
    /// The language of the words last handed to the widgets.
    applied_lang: Option<String>,
}

impl AppWindow {
    /// A window over this app.
    pub fn new(app: AnkleBackApp) -> Self {
        Self {
            app,
            applied_settings: None,
            applied_title: None,
            applied_fullscreen: false,
            applied_lang: None,
        }
    }

    /// Draws one frame and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let started = std::time::Instant::now();
        self.show_frame(ui);
        log::debug!("frame {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }

    fn show_frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.applied_settings.as_ref() != Some(&self.app.settings) {
            crate::ui::theme::apply(&ctx, &self.app.settings);
            self.applied_settings = Some(self.app.settings.clone());
        }
        if self.applied_lang.as_deref() != Some(self.app.messages.lang()) {
            // Shared widgets (the notice, the file chooser) find the words in the context.
            crate::ui::widgets::set_messages(&ctx, self.app.messages.clone());
            self.applied_lang = Some(self.app.messages.lang().to_owned());
        }
        // Screen readers announce the window's name: say the screen and the person.
        let screen = match self.app.route {
            crate::route::Route::Consult => self.app.t("window-consult"),
            _ => self.app.t(self.app.route.place().message_id()),
        };
        // Consult mode is full screen; leaving it gives the window back.
        let fullscreen = self.app.route == crate::route::Route::Consult;
        if fullscreen != self.applied_fullscreen {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(fullscreen));
            self.applied_fullscreen = fullscreen;
        }
        let title = match self.app.active_name() {
            Some(name) => self.app.tf(
                "window-title-person",
                &[("screen", screen.into()), ("name", name.into())],
            ),
            None => self.app.tf("window-title", &[("screen", screen.into())]),
        };
        // The AccessKit root is rebuilt every frame; the title alone does not reach it.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.clone());
        });
        if self.applied_title.as_ref() != Some(&title) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied_title = Some(title);
        }
        let banners_before = self.app.banners.clone();
        let now = ctx.input(|i| i.time);

        if ctx.input(|i| i.viewport().close_requested()) {
            self.app.apply(Intent::WindowCloseRequested, now);
            if !self.app.may_close() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
        }

        let intents = crate::ui::shell::shell_ui(ui, &self.app);
        if !intents.is_empty() {
            // The frame was drawn from the state before these changes: draw it again.
            ctx.request_repaint();
        }
        for intent in intents {
            self.app.apply(intent, now);
        }
        if let Some(wait_secs) = self.app.tick(now) {
            // Retries and imports go on without any input: the window wakes itself up.
            ctx.request_repaint_after(Duration::from_secs_f64(wait_secs));
        }
        if self.app.banners != banners_before {
            // Banners are drawn before the intents are applied: draw the new ones now.
            ctx.request_repaint();
        }
        if self.app.take_close_request() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

impl eframe::App for AppWindow {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.flush();
    }
}
