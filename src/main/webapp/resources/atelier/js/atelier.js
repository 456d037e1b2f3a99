/*
 * Atelier's one script, loaded at the end of every page. Pages work without it; it adds:
 * - favourite hearts that save in the background for signed-in people (visitors submit the form and sign in);
 * - the compare tray: "Compare" toggles collect up to four shops in this browser (localStorage), the tray links
 *   to /compare?shops=a,b,... . Shop names are only ever set as text, never as HTML.
 */
(function () {
    'use strict';

    var body = document.body;

    // Favourites ---------------------------------------------------------------------------------------------
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList.contains('heart-form') || body.getAttribute('data-signed-in') !== 'true'
                || !window.fetch) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector('button');
        button.disabled = true;
        // getAttribute: the form's input named "action" hides the form's action property.
        fetch(form.getAttribute('action'), {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'application/json'},
            credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok && response.status !== 409) {
                throw new Error(String(response.status));
            }
            return response.json();
        }).then(function (result) {
            button.setAttribute('aria-pressed', String(result.saved));
            form.elements.action.value = result.saved ? 'forget' : 'save';
            button.disabled = false;
        }).catch(function () {
            // Signed out meanwhile, or the server said no: the plain form shows what happened.
            form.submit();
        });
    });

    // Compare tray -------------------------------------------------------------------------------------------
    var KEY = 'atelier.compare';
    var MAX = 4;
    var tray = document.getElementById('compare-tray');
    if (!tray) {
        return;
    }

    function valid(shop) {
        return shop && typeof shop.slug === 'string' && /^[a-z0-9-]{1,80}$/.test(shop.slug)
            && typeof shop.name === 'string' && shop.name.length <= 80;
    }

    function load() {
        try {
            var list = JSON.parse(window.localStorage.getItem(KEY) || '[]');
            return Array.isArray(list) ? list.filter(valid).slice(0, MAX) : [];
        } catch (e) {
            return [];
        }
    }

    function store(list) {
        try {
            window.localStorage.setItem(KEY, JSON.stringify(list));
        } catch (e) {
            // Private mode without storage: the tray lives for this page only.
        }
    }

    function indexOf(list, slug) {
        for (var i = 0; i < list.length; i++) {
            if (list[i].slug === slug) {
                return i;
            }
        }
        return -1;
    }

    var shops = load();

    // On the compare page the tray holds exactly the shops shown.
    var shown = document.querySelectorAll('.compare-current');
    if (shown.length > 0) {
        shops = [];
        shown.forEach(function (cell) {
            var shop = {slug: cell.getAttribute('data-compare-slug'), name: cell.getAttribute('data-compare-name')};
            if (valid(shop) && shops.length < MAX) {
                shops.push(shop);
            }
        });
        store(shops);
    }

    function render() {
        var list = tray.querySelector('.compare-tray__list');
        list.textContent = '';
        shops.forEach(function (shop) {
            var item = document.createElement('li');
            var name = document.createElement('span');
            name.textContent = shop.name;
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'compare-tray__remove';
            remove.setAttribute('data-compare-slug', shop.slug);
            remove.setAttribute('aria-label', tray.getAttribute('data-remove') + ' ' + shop.name);
            remove.textContent = '×';
            item.appendChild(name);
            item.appendChild(remove);
            list.appendChild(item);
        });
        var go = tray.querySelector('.compare-tray__go');
        go.href = tray.getAttribute('data-url') + '?shops='
            + shops.map(function (shop) { return encodeURIComponent(shop.slug); }).join(',');
        var ready = shops.length >= 2;
        go.hidden = !ready;
        tray.querySelector('.compare-tray__hint').textContent = ready ? ''
            : tray.getAttribute('data-more');
        tray.hidden = shops.length === 0 || shown.length > 0;
        body.classList.toggle('has-compare-tray', !tray.hidden);

        document.querySelectorAll('.compare-toggle').forEach(function (toggle) {
            var chosen = indexOf(shops, toggle.getAttribute('data-compare-slug')) >= 0;
            toggle.hidden = false;
            toggle.setAttribute('aria-pressed', String(chosen));
            var full = !chosen && shops.length >= MAX;
            toggle.disabled = full;
            toggle.title = full ? tray.getAttribute('data-full') : '';
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest('.compare-toggle, .compare-tray__remove, .compare-tray__clear');
        if (!target) {
            return;
        }
        if (target.classList.contains('compare-tray__clear')) {
            shops = [];
        } else {
            var slug = target.getAttribute('data-compare-slug');
            var at = indexOf(shops, slug);
            if (at >= 0) {
                shops.splice(at, 1);
            } else if (shops.length < MAX) {
                shops.push({slug: slug, name: target.getAttribute('data-compare-name')});
            }
        }
        store(shops);
        render();
    });

    // Another tab changed the tray.
    window.addEventListener('storage', function (event) {
        if (event.key === KEY) {
            shops = load();
            render();
        }
    });

    render();
}());
