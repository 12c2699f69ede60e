// Sets the height of each dashboard <iframe> on this page from the messages it posts.
// Understands both formats the dashboard sends: Datawrapper's {"datawrapper-height": {id: px}}
// and pym.js's "pymxPYMx<childId>xPYMxheightxPYMx<px>". Matches the sender by event.source.
window.addEventListener("message", function (event) {
  var height = null;
  var data = event.data;
  if (data && typeof data === "object" && data["datawrapper-height"]) {
    for (var id in data["datawrapper-height"]) height = data["datawrapper-height"][id];
  } else if (typeof data === "string" && data.indexOf("pymxPYMx") === 0) {
    var parts = data.split("xPYMx");
    if (parts[2] === "height") height = parts[3];
  }
  if (height === null || !(Number(height) > 0)) return;
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Number(height) + "px";
  }
});
