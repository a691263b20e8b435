// Upload a page to the JSON API with the token the user typed; say what came back.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const status = document.getElementById("upload-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const token = data.get("token");
    data.delete("token");
    for (const [key, value] of [...data.entries()]) {
      if (value === "") data.delete(key);  // unset fields are left to the server
    }
    status.textContent = "Uploading and reading…";
    try {
      const response = await fetch(form.action, {
        method: "POST", body: data, headers: { Authorization: "Bearer " + token },
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        status.textContent = "Not stored: " + (body.detail || body.title || response.statusText);
        return;
      }
      status.textContent = "Stored. ";
      const id = body.page_id || (body.page && body.page.id) || body.id;
      if (id) {
        const link = document.createElement("a");
        link.href = "/pages/" + encodeURIComponent(id);
        link.textContent = "Open the page";
        status.appendChild(link);
      }
    } catch (err) {
      status.textContent = "Upload failed: " + err;
    }
  });
})();
