// "Print" links on a claim sheet's page (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-print]");
  if (link) {
    event.preventDefault();
    window.print();
  }
});
