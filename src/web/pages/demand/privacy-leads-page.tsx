import { Link } from '@tanstack/react-router';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useLanguage } from '../../app/use-language';
import { CONSENT_VERSION } from './demand-values';

// The form's fields, named by the form's own labels so that the statement and the form cannot disagree.
const companyFields = ['companyName', 'uscc', 'taiwanUbn'] as const;
const contactFields = ['contactName', 'phone', 'email'] as const;
const requestFields = [
  'direction',
  'chainLink',
  'intendedUse',
  'areaM2',
  'investmentWan',
  'annualTaxWan',
  'timeline',
  'needs',
  'preferredZone',
  'preferredPark',
] as const;
type FieldLabel = (typeof companyFields | typeof contactFields | typeof requestFields)[number];

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="privacy-part" aria-labelledby={id}>
      <Typography.Title level={2} id={id} className="privacy-heading">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * 个人信息处理说明: what the demand form's consent refers to (version 2026-11, recorded with each lead). A
 * new wording is a new version, and the server's CONSENT_VERSION changes with it.
 */
export function PrivacyLeadsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('privacyLeads.title'));
  const fields = (names: readonly FieldLabel[]) =>
    names.map((name) => t(`demand.${name}`)).join(t('privacyLeads.listSeparator'));

  return (
    <div className="page privacy-page" data-testid="privacy-leads-page">
      <Card className="privacy-card">
        <article className="privacy-statement">
          <header>
            <Typography.Title level={1} className="page-title">
              {t('privacyLeads.title')}
            </Typography.Title>
            <p className="muted" data-testid="privacy-version">
              {t('privacyLeads.version', { version: CONSENT_VERSION })}
            </p>
            <p>{t('privacyLeads.intro')}</p>
          </header>

          <Part id="privacy-controller" title={t('privacyLeads.controllerTitle')}>
            <ul>
              <li>{t('privacyLeads.controllerZone')}</li>
              <li>{t('privacyLeads.controllerOperator')}</li>
            </ul>
          </Part>

          <Part id="privacy-collected" title={t('privacyLeads.collectedTitle')}>
            <p>{t('privacyLeads.collectedIntro')}</p>
            <ul>
              <li>{t('privacyLeads.collectedCompany', { fields: fields(companyFields) })}</li>
              <li>{t('privacyLeads.collectedContact', { fields: fields(contactFields) })}</li>
              <li>{t('privacyLeads.collectedDemand', { fields: fields(requestFields) })}</li>
            </ul>
            <p>{t('privacyLeads.collectedRecord')}</p>
            <p>{t('privacyLeads.collectedFollowUp')}</p>
            <p>{t('privacyLeads.collectedNetwork')}</p>
          </Part>

          <Part id="privacy-purpose" title={t('privacyLeads.purposeTitle')}>
            <ul>
              <li>{t('privacyLeads.purposeMatch')}</li>
              <li>{t('privacyLeads.purposeContact')}</li>
            </ul>
            <p>{t('privacyLeads.purposeMerge')}</p>
          </Part>

          <Part id="privacy-access" title={t('privacyLeads.accessTitle')}>
            <p>{t('privacyLeads.accessStaff')}</p>
            <p>{t('privacyLeads.accessMasked')}</p>
          </Part>

          <Part id="privacy-retention" title={t('privacyLeads.retentionTitle')}>
            <p>{t('privacyLeads.retentionText')}</p>
          </Part>

          <Part id="privacy-rights" title={t('privacyLeads.rightsTitle')}>
            <ul>
              <li>{t('privacyLeads.rightsAccess')}</li>
              <li>{t('privacyLeads.rightsCorrect')}</li>
              <li>{t('privacyLeads.rightsDelete')}</li>
              <li>{t('privacyLeads.rightsWithdraw')}</li>
            </ul>
          </Part>

          <Part id="privacy-exercise" title={t('privacyLeads.exerciseTitle')}>
            <p>{t('privacyLeads.exerciseText')}</p>
          </Part>

          <footer className="privacy-footer">
            <p>
              <Trans
                i18nKey="privacyLeads.lawText"
                // The law is named by its Chinese title in every language: in English, read as Chinese.
                components={{ law: <span lang={language === 'en' ? 'zh-CN' : undefined} /> }}
              />
            </p>
            <p>
              <Link to="/demand" data-testid="privacy-back-to-form">
                {t('privacyLeads.backToForm')}
              </Link>
            </p>
          </footer>
        </article>
      </Card>
    </div>
  );
}
