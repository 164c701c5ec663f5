/*
 * The attribution chain on the claim page (claims/admin/chain_inline.py).
 *
 * Drag a link by its handle to reorder the chain: positions are renumbered in row
 * order within each source (relays first, the origin last). "Add another" starts the
 * new link in the source of the link above it. The server checks the whole chain.
 */
'use strict';
{
    const PREFIX = 'attributions';
    const INDEXED = new RegExp(`^${PREFIX}-(\\d+|__prefix__)-`);
    let dragged = null;

    function formRows(tbody) {
        return Array.from(tbody.children).filter(
            (row) => row.classList.contains('form-row') && row.id !== `${PREFIX}-empty`
        );
    }

    function control(row, name) {
        return row.querySelector(`td.field-${name} select, td.field-${name} input`);
    }

    function isDeleted(row) {
        const box = row.querySelector('td.delete input[type=checkbox]');
        return Boolean(box && box.checked);
    }

    function isSaved(row) {
        const id = row.querySelector(`input[name$="-id"]`);
        return Boolean(id && id.value);
    }

    // Row order is the chain's order: number each source's links 1, 2, 3 … from the top.
    function renumber(tbody) {
        const counts = new Map();
        for (const row of formRows(tbody)) {
            const source = control(row, 'source');
            const position = control(row, 'position');
            if (!source || !position || !source.value || isDeleted(row)) {
                continue;
            }
            const next = (counts.get(source.value) || 0) + 1;
            counts.set(source.value, next);
            position.value = next;
        }
    }

    // Django's inlines.js renames rows in page order when a new row is removed; saved rows
    // must keep the first indices (the formset's initial forms), wherever they were dragged.
    function reindex(tbody) {
        const rows = formRows(tbody);
        const ordered = [...rows.filter(isSaved), ...rows.filter((row) => !isSaved(row))];
        ordered.forEach((row, index) => {
            row.id = `${PREFIX}-${index}`;
            for (const element of row.querySelectorAll('[id], [name], [for]')) {
                for (const attribute of ['id', 'name', 'for']) {
                    const value = element.getAttribute(attribute);
                    if (value && INDEXED.test(value.replace(/^id_/, ''))) {
                        const renamed = value.replace(/^(id_)?[^-]+-(\d+|__prefix__)-/, `$1${PREFIX}-${index}-`);
                        element.setAttribute(attribute, renamed);
                    }
                }
            }
        });
    }

    function addHandle(row) {
        const cell = row.querySelector('td.original');
        if (!cell || cell.querySelector('.chain-handle')) {
            return;
        }
        const handle = document.createElement('span');
        handle.className = 'chain-handle';
        handle.draggable = true;
        handle.title = 'Drag to move this link up or down the chain';
        handle.textContent = '⠿';
        cell.prepend(handle);
    }

    function previousFormRow(row) {
        let previous = row.previousElementSibling;
        while (previous && !previous.classList.contains('form-row')) {
            previous = previous.previousElementSibling;
        }
        return previous;
    }

    // A new link starts in the source of the link above it.
    function copySourceFromAbove(row) {
        const above = previousFormRow(row);
        const from = above && control(above, 'source');
        const to = control(row, 'source');
        if (!from || !to || !from.value || to.value) {
            return;
        }
        const chosen = from.options[from.selectedIndex];
        to.append(new Option(chosen.text, chosen.value, true, true));
        window.django.jQuery(to).trigger('change');
    }

    function setUp(group) {
        const tbody = group.querySelector('tbody');
        formRows(tbody).forEach(addHandle);
        addHandle(group.querySelector(`#${PREFIX}-empty`) || document.createElement('tr'));

        tbody.addEventListener('dragstart', (event) => {
            const handle = event.target.closest && event.target.closest('.chain-handle');
            if (!handle) {
                return;
            }
            dragged = handle.closest('tr');
            dragged.classList.add('chain-dragging');
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', dragged.id);
        });
        tbody.addEventListener('dragover', (event) => {
            if (!dragged) {
                return;
            }
            event.preventDefault();
            const target = event.target.closest('tr.form-row');
            if (!target || target === dragged || target.id === `${PREFIX}-empty`) {
                return;
            }
            const box = target.getBoundingClientRect();
            const after = event.clientY > box.top + box.height / 2;
            tbody.insertBefore(dragged, after ? target.nextElementSibling : target);
        });
        const finish = (event) => {
            if (!dragged) {
                return;
            }
            event.preventDefault();
            dragged.classList.remove('chain-dragging');
            dragged = null;
            renumber(tbody);
        };
        tbody.addEventListener('drop', finish);
        tbody.addEventListener('dragend', finish);
        // Through jQuery: select2 announces a chosen source with a jQuery event only.
        window.django.jQuery(tbody).on('change', 'td.field-source select, td.delete input', () => renumber(tbody));

        document.addEventListener('formset:added', (event) => {
            if (event.detail && event.detail.formsetName === PREFIX) {
                addHandle(event.target);
                copySourceFromAbove(event.target);
                renumber(tbody);
            }
        });
        document.addEventListener('formset:removed', (event) => {
            if (event.detail && event.detail.formsetName === PREFIX) {
                // After inlines.js has renamed the rows (it does so once the event is sent).
                window.setTimeout(() => {
                    reindex(tbody);
                    renumber(tbody);
                });
            }
        });
    }

    window.addEventListener('load', () => {
        const group = document.getElementById(`${PREFIX}-group`);
        if (group) {
            setUp(group);
        }
    });
}
