// "In / Lưu PDF": the button is hidden until this script runs, so it never shows without JavaScript.
// An external file rather than an inline script, so a strict Content-Security-Policy can forbid inline code.
for (const button of document.querySelectorAll('button[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
