/* Yiyang portal scripts. */

/** Fills the check-in form's latitude and longitude from the device's position. */
function yiyangLocate(failedMessage) {
    if (!navigator.geolocation) {
        alert(failedMessage);
        return;
    }
    navigator.geolocation.getCurrentPosition(function (pos) {
        PF('latitude').setValue(pos.coords.latitude.toFixed(6));
        PF('longitude').setValue(pos.coords.longitude.toFixed(6));
    }, function () {
        alert(failedMessage);
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
}

/** Puts the cursor back into the serving screen's entry field, ready for the next card (a scanner types there). */
function yiyangServeFocus() {
    var field = document.querySelector('.yy-scan');
    if (field) {
        field.focus();
        field.select();
    }
}
