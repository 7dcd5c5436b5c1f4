import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Input, type InputRef, Spin } from 'antd';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeRedirect } from '../auth/redirect';
import { useSession } from '../auth/session';
import { formatNumber } from '../lib/format';
import { useDebounced } from '../pages/policies/use-debounced';
import { HighlightedText, PlainDataText } from '../pages/search/highlighted-text';
import { SEARCH_MAX_LENGTH } from '../pages/search/search-params';
import type { SearchHit } from '../pages/search/search-types';
import { searchQuery } from '../pages/search/use-search';
import {
  allOptionId,
  groupHits,
  type HitGroup,
  hitOptionId,
  moveActive,
  optionOrder,
} from './global-search-options';

/** A request per pause in typing, short enough to feel like it follows the keys. */
const TYPING_PAUSE_MS = 200;
/**
 * Hits the list shows across all groups; the results page has the rest. Few enough for the list to fit
 * without a scroll bar of its own, which would need a keyboard stop the combobox pattern does not have.
 */
const LIST_SIZE = 8;

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.41-5.4-5.39A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z"
      />
    </svg>
  );
}

/** One group of the list: the type's label (naming the group for screen readers) and its hits. */
function HitGroupOptions({
  base,
  group,
  active,
  onHover,
  onChoose,
}: {
  base: string;
  group: HitGroup;
  active: string | null;
  onHover: (id: string) => void;
  onChoose: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const headerId = `${base}-group-${group.type}`;
  return (
    // A listbox's options are grouped with role="group" (ARIA); a fieldset is for form controls.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div role="group" aria-labelledby={headerId} data-testid={`global-search-group-${group.type}`}>
      <div className="global-search-group" id={headerId}>
        {t(`search.types.${group.type}`)}
        <span className="global-search-count"> · {formatNumber(group.count)}</span>
      </div>
      {group.hits.map((hit) => {
        const id = hitOptionId(base, hit);
        return (
          // The input keeps the focus and drives the list with aria-activedescendant (the combobox pattern),
          // so the options take the mouse only.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys for every option
          <div
            key={id}
            id={id}
            role="option"
            tabIndex={-1}
            aria-selected={active === id}
            className="global-search-option"
            onMouseMove={() => onHover(id)}
            onClick={() => onChoose(hit)}
            data-testid={`global-search-option-${hit.type}-${hit.id}`}
          >
            <span className="global-search-title">
              <HighlightedText pieces={hit.titlePieces} />
            </span>
            {hit.subtitle && (
              <span className="global-search-subtitle">
                <PlainDataText text={hit.subtitle} />
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The header's search box (a combobox): results as you type, grouped by type, each opening its page; the
 * last option, or Enter with none highlighted, opens the results page. On narrow screens it folds into a
 * button that opens it.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewerId = useSession().data?.user?.id ?? null;
  const base = useId().replace(/:/g, '');
  const inputId = `${base}-input`;
  const listId = `${base}-list`;
  const input = useRef<InputRef>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [unfolded, setUnfolded] = useState(false);

  const typed = text.trim().slice(0, SEARCH_MAX_LENGTH);
  const q = useDebounced(typed, TYPING_PAUSE_MS);
  // The previous answer stays on screen while the next one loads: the list does not flicker per key.
  const results = useQuery({
    ...searchQuery({ q, limit: LIST_SIZE }, viewerId),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const groups = results.data ? groupHits(results.data) : [];
  const order = optionOrder(base, groups);
  const current = active !== null && order.includes(active) ? active : null;
  const shown = open && typed !== '';

  const close = () => {
    setOpen(false);
    setActive(null);
  };

  // The box empties once it has taken the reader somewhere: the page shown is the answer (and the results
  // page has the query in its own box).
  const leave = () => {
    close();
    setText('');
  };

  const openHit = (hit: SearchHit) => {
    leave();
    void navigate({ href: safeRedirect(hit.url) });
  };

  const openResults = () => {
    if (!typed) return;
    leave();
    void navigate({ to: '/search', search: { q: typed } });
  };

  const chooseActive = () => {
    if (current === null || current === allOptionId(base)) return openResults();
    const hit = groups.flatMap((group) => group.hits).find((h) => hitOptionId(base, h) === current);
    if (hit) openHit(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // keys that pick a Chinese input method's candidate
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!typed) return;
        setOpen(true);
        setActive(moveActive(order, current, event.key === 'ArrowDown' ? 1 : -1));
        return;
      case 'Enter':
        event.preventDefault();
        if (shown) chooseActive();
        else openResults();
        return;
      case 'Escape':
        if (shown) {
          event.preventDefault();
          close();
        } else if (unfolded) {
          setUnfolded(false);
          toggle.current?.focus();
        } else if (text) {
          setText('');
        }
        return;
      case 'Tab':
        close();
        return;
    }
  };

  const unfold = () => {
    setUnfolded(true);
    // After the render that shows the field.
    window.setTimeout(() => input.current?.focus(), 0);
  };

  const total = results.data?.total ?? 0;
  return (
    <search
      className="global-search"
      aria-label={t('search.label')}
      data-unfolded={unfolded}
      data-testid="global-search"
    >
      <Button
        ref={toggle}
        className="global-search-toggle"
        icon={<SearchIcon />}
        aria-label={t('search.open')}
        aria-expanded={unfolded}
        aria-controls={`${base}-field`}
        onClick={() => (unfolded ? setUnfolded(false) : unfold())}
        data-testid="global-search-toggle"
      />
      <div className="global-search-field" id={`${base}-field`}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('search.label')}
        </label>
        <Input
          ref={input}
          id={inputId}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && current !== null ? current : undefined}
          autoComplete="off"
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={t('search.placeholder')}
          prefix={<SearchIcon />}
          suffix={results.isFetching ? <Spin size="small" /> : <span />}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
          data-testid="global-search-input"
        />
        <span className="visually-hidden" role="status">
          {shown && results.data
            ? t('search.listStatus', { n: `${formatNumber(total)}${results.data.capped ? '+' : ''}` })
            : ''}
        </span>
        {/* The mouse must not take the focus from the input, or the list would close before a click lands. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: keeps the focus where it is, does nothing else */}
        <div
          className="global-search-popup"
          hidden={!shown}
          onMouseDown={(event) => event.preventDefault()}
          data-testid="global-search-popup"
        >
          {results.isError && (
            <p className="global-search-note" role="alert">
              {t('app.loadFailed')}
            </p>
          )}
          {results.data?.mode === 'similar' && total > 0 && (
            <p className="global-search-note">{t('search.similarShort')}</p>
          )}
          {results.data && total === 0 && !results.isPlaceholderData && (
            <p className="global-search-note">{t('search.nothing', { q: results.data.q })}</p>
          )}
          <div role="listbox" id={listId} aria-label={t('search.listLabel')}>
            {groups.map((group) => (
              <HitGroupOptions
                key={group.type}
                base={base}
                group={group}
                active={current}
                onHover={setActive}
                onChoose={openHit}
              />
            ))}
            {typed && (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys for every option
              <div
                id={allOptionId(base)}
                role="option"
                tabIndex={-1}
                aria-selected={current === allOptionId(base)}
                className="global-search-option global-search-all"
                onMouseMove={() => setActive(allOptionId(base))}
                onClick={openResults}
                data-testid="global-search-all"
              >
                {t('search.seeAll', { q: typed })}
              </div>
            )}
          </div>
        </div>
      </div>
    </search>
  );
}
