"""initial schema: the whole domain

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-22 14:19:20.554480
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('details', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_user_id'), ['user_id'], unique=False)

    op.create_table('confidentiality_incidents',
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('circumstances', sa.Text(), nullable=True),
    sa.Column('occurred_on', sa.Date(), nullable=True),
    sa.Column('discovered_on', sa.Date(), nullable=False),
    sa.Column('persons_affected', sa.Integer(), nullable=True),
    sa.Column('personal_information', sa.Text(), nullable=True),
    sa.Column('risk_assessment', sa.Text(), nullable=True),
    sa.Column('serious_injury_risk', sa.Boolean(), nullable=False),
    sa.Column('notices_sent', sa.Text(), nullable=True),
    sa.Column('measures_taken', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_confidentiality_incidents'))
    )
    op.create_table('households',
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('region_code', sa.String(length=2), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households'))
    )
    op.create_table('organizations',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('agreement_number', sa.String(length=60), nullable=True),
    sa.Column('privacy_officer_name', sa.String(length=200), nullable=True),
    sa.Column('privacy_officer_title', sa.String(length=200), nullable=True),
    sa.Column('privacy_officer_contact', sa.String(length=200), nullable=True),
    sa.Column('signer_name', sa.String(length=200), nullable=True),
    sa.Column('signer_title', sa.String(length=200), nullable=True),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    op.create_table('partners',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('offers', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings'))
    )
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settings_key'), ['key'], unique=False)

    op.create_table('transport_rules',
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('destination_kind', sa.String(length=30), nullable=True),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=30), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transport_rules'))
    )
    op.create_table('offices',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('region_code', sa.String(length=2), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('is_point_of_service', sa.Boolean(), nullable=False),
    sa.Column('opening_hours', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_offices_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offices'))
    )
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offices_organization_id'), ['organization_id'], unique=False)

    op.create_table('activities',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('parts_required', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_activities_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_office_id'), ['office_id'], unique=False)

    op.create_table('users',
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_users_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_office_id'), ['office_id'], unique=False)

    op.create_table('activity_sessions',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('part_number', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('facilitator_id', sa.String(length=36), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_sessions_activity_id_activities')),
    sa.ForeignKeyConstraint(['facilitator_id'], ['users.id'], name=op.f('fk_activity_sessions_facilitator_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_sessions'))
    )
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_sessions_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_sessions_facilitator_id'), ['facilitator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_sessions_starts_at'), ['starts_at'], unique=False)

    op.create_table('clients',
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('other_names', sa.String(length=400), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('gender', sa.String(length=80), nullable=True),
    sa.Column('country_of_birth', sa.String(length=2), nullable=True),
    sa.Column('citizenship', sa.String(length=2), nullable=True),
    sa.Column('preferred_language', sa.String(length=5), nullable=False),
    sa.Column('french_level', sa.String(length=20), nullable=True),
    sa.Column('immigration_category', sa.String(length=40), nullable=True),
    sa.Column('immigration_status', sa.String(length=40), nullable=True),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('mifi_client_number', sa.String(length=20), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('phone_digits', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('region_code', sa.String(length=2), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('assigned_counsellor_id', sa.String(length=36), nullable=True),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('has_sin', sa.Boolean(), nullable=False),
    sa.Column('has_ramq_card', sa.Boolean(), nullable=False),
    sa.Column('has_drivers_licence', sa.Boolean(), nullable=False),
    sa.Column('has_bank_account', sa.Boolean(), nullable=False),
    sa.Column('first_contact_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_counsellor_id'], ['users.id'], name=op.f('fk_clients_assigned_counsellor_id_users')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_clients_household_id_households')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_clients_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_assigned_counsellor_id'), ['assigned_counsellor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_birth_date'), ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_mifi_client_number'), ['mifi_client_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_phone_digits'), ['phone_digits'], unique=False)

    op.create_table('appointments',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('counsellor_id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('place', sa.String(length=30), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cancel_reason', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_appointments_client_id_clients')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_appointments_counsellor_id_users')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_appointments_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointments_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_counsellor_id'), ['counsellor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_starts_at'), ['starts_at'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_attendance_client_id_clients')),
    sa.ForeignKeyConstraint(['session_id'], ['activity_sessions.id'], name=op.f('fk_attendance_session_id_activity_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'client_id', name=op.f('uq_attendance_session_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('client_languages',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('language_code', sa.String(length=12), nullable=False),
    sa.Column('is_mother_tongue', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_languages_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_languages'))
    )
    with op.batch_alter_table('client_languages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_languages_client_id'), ['client_id'], unique=False)

    op.create_table('confidential_notes',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_confidential_notes_author_id_users')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_confidential_notes_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_confidential_notes'))
    )
    with op.batch_alter_table('confidential_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_confidential_notes_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_confidential_notes_client_id'), ['client_id'], unique=False)

    op.create_table('consents',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=36), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_consents_client_id_clients')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_consents_partner_id_partners')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_consents_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_recorded_by'), ['recorded_by'], unique=False)

    op.create_table('enrolments',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('waitlist_position', sa.Integer(), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_enrolments_activity_id_activities')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_enrolments_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments')),
    sa.UniqueConstraint('activity_id', 'client_id', name=op.f('uq_enrolments_activity_id'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolments_client_id'), ['client_id'], unique=False)

    op.create_table('household_members',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('first_name', sa.String(length=200), nullable=True),
    sa.Column('last_name', sa.String(length=200), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('relationship', sa.String(length=30), nullable=False),
    sa.Column('school_need', sa.String(length=30), nullable=True),
    sa.Column('school_name', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_household_members_client_id_clients')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_household_members_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_members'))
    )
    with op.batch_alter_table('household_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_members_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_members_household_id'), ['household_id'], unique=False)

    op.create_table('housing_requests',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('monthly_budget', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('area_wanted', sa.String(length=200), nullable=True),
    sa.Column('needs_accessibility', sa.Boolean(), nullable=False),
    sa.Column('has_pets', sa.Boolean(), nullable=False),
    sa.Column('needs_public_transit', sa.Boolean(), nullable=False),
    sa.Column('constraints', sa.Text(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_housing_requests_client_id_clients')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_housing_requests_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_housing_requests'))
    )
    with op.batch_alter_table('housing_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_housing_requests_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_housing_requests_household_id'), ['household_id'], unique=False)

    op.create_table('issued_documents',
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('verification_code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('partner_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('copy_of_id', sa.String(length=36), nullable=True),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_by', sa.String(length=36), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_issued_documents_activity_id_activities')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_issued_documents_client_id_clients')),
    sa.ForeignKeyConstraint(['copy_of_id'], ['issued_documents.id'], name=op.f('fk_issued_documents_copy_of_id_issued_documents')),
    sa.ForeignKeyConstraint(['issued_by'], ['users.id'], name=op.f('fk_issued_documents_issued_by_users')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_issued_documents_partner_id_partners')),
    sa.ForeignKeyConstraint(['revoked_by'], ['users.id'], name=op.f('fk_issued_documents_revoked_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents')),
    sa.UniqueConstraint('number', name=op.f('uq_issued_documents_number'))
    )
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_documents_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_copy_of_id'), ['copy_of_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_issued_by'), ['issued_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_revoked_by'), ['revoked_by'], unique=False)

    op.create_table('needs_assessments',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('counsellor_id', sa.String(length=36), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_needs_assessments_client_id_clients')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_needs_assessments_counsellor_id_users')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_needs_assessments_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_needs_assessments'))
    )
    with op.batch_alter_table('needs_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_needs_assessments_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_needs_assessments_counsellor_id'), ['counsellor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_needs_assessments_household_id'), ['household_id'], unique=False)

    op.create_table('requests',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('assigned_to', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to'], ['users.id'], name=op.f('fk_requests_assigned_to_users')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_requests_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests'))
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requests_assigned_to'), ['assigned_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_requests_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_requests_due_at'), ['due_at'], unique=False)

    op.create_table('transport_requests',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('destination_kind', sa.String(length=30), nullable=False),
    sa.Column('destination_name', sa.String(length=200), nullable=True),
    sa.Column('needed_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('counsellor_presence_needed', sa.Boolean(), nullable=False),
    sa.Column('proposed_decision', sa.String(length=30), nullable=True),
    sa.Column('rule_id', sa.String(length=36), nullable=True),
    sa.Column('decision', sa.String(length=30), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_transport_requests_client_id_clients')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_transport_requests_decided_by_users')),
    sa.ForeignKeyConstraint(['rule_id'], ['transport_rules.id'], name=op.f('fk_transport_requests_rule_id_transport_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transport_requests'))
    )
    with op.batch_alter_table('transport_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transport_requests_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transport_requests_decided_by'), ['decided_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_transport_requests_rule_id'), ['rule_id'], unique=False)

    op.create_table('visits',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('taken_by', sa.String(length=36), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_visits_client_id_clients')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_visits_office_id_offices')),
    sa.ForeignKeyConstraint(['taken_by'], ['users.id'], name=op.f('fk_visits_taken_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_arrived_at'), ['arrived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_taken_by'), ['taken_by'], unique=False)

    op.create_table('action_plans',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('counsellor_id', sa.String(length=36), nullable=True),
    sa.Column('assessment_id', sa.String(length=36), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['needs_assessments.id'], name=op.f('fk_action_plans_assessment_id_needs_assessments')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_action_plans_client_id_clients')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_action_plans_counsellor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plans'))
    )
    with op.batch_alter_table('action_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_plans_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_plans_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_plans_counsellor_id'), ['counsellor_id'], unique=False)

    op.create_table('housing_steps',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('result', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['housing_requests.id'], name=op.f('fk_housing_steps_request_id_housing_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_housing_steps'))
    )
    with op.batch_alter_table('housing_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_housing_steps_request_id'), ['request_id'], unique=False)

    op.create_table('needs',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('need_code', sa.String(length=40), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['needs_assessments.id'], name=op.f('fk_needs_assessment_id_needs_assessments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_needs'))
    )
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_needs_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('transport_trips',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('trip_date', sa.Date(), nullable=False),
    sa.Column('driver_id', sa.String(length=36), nullable=True),
    sa.Column('vehicle', sa.String(length=20), nullable=False),
    sa.Column('kilometres', sa.Numeric(precision=8, scale=1), nullable=False),
    sa.Column('passengers', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['driver_id'], ['users.id'], name=op.f('fk_transport_trips_driver_id_users')),
    sa.ForeignKeyConstraint(['request_id'], ['transport_requests.id'], name=op.f('fk_transport_trips_request_id_transport_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transport_trips'))
    )
    with op.batch_alter_table('transport_trips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transport_trips_driver_id'), ['driver_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transport_trips_request_id'), ['request_id'], unique=False)

    op.create_table('plan_items',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('need_id', sa.String(length=36), nullable=True),
    sa.Column('area', sa.String(length=20), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('actions', sa.Text(), nullable=True),
    sa.Column('responsible', sa.String(length=200), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('abandon_reason', sa.Text(), nullable=True),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['need_id'], ['needs.id'], name=op.f('fk_plan_items_need_id_needs')),
    sa.ForeignKeyConstraint(['plan_id'], ['action_plans.id'], name=op.f('fk_plan_items_plan_id_action_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_items'))
    )
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_items_need_id'), ['need_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_items_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_changes',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by'], ['users.id'], name=op.f('fk_plan_changes_changed_by_users')),
    sa.ForeignKeyConstraint(['item_id'], ['plan_items.id'], name=op.f('fk_plan_changes_item_id_plan_items')),
    sa.ForeignKeyConstraint(['plan_id'], ['action_plans.id'], name=op.f('fk_plan_changes_plan_id_action_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_changes'))
    )
    with op.batch_alter_table('plan_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_changes_changed_by'), ['changed_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_changes_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_changes_plan_id'), ['plan_id'], unique=False)

    op.create_table('referrals',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('expected_answer_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('plan_item_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_referrals_client_id_clients')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_referrals_partner_id_partners')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_items.id'], name=op.f('fk_referrals_plan_item_id_plan_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_plan_item_id'), ['plan_item_id'], unique=False)

    op.create_table('service_records',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('service_type', sa.String(length=40), nullable=False),
    sa.Column('volet', sa.String(length=4), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('mode', sa.String(length=12), nullable=False),
    sa.Column('language', sa.String(length=12), nullable=False),
    sa.Column('plan_item_id', sa.String(length=36), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_service_records_client_id_clients')),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_items.id'], name=op.f('fk_service_records_plan_item_id_plan_items')),
    sa.ForeignKeyConstraint(['session_id'], ['activity_sessions.id'], name=op.f('fk_service_records_session_id_activity_sessions')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_service_records_staff_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_records'))
    )
    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_records_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_records_delivered_on'), ['delivered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_records_plan_item_id'), ['plan_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_records_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_records_staff_id'), ['staff_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_records_staff_id'))
        batch_op.drop_index(batch_op.f('ix_service_records_session_id'))
        batch_op.drop_index(batch_op.f('ix_service_records_plan_item_id'))
        batch_op.drop_index(batch_op.f('ix_service_records_delivered_on'))
        batch_op.drop_index(batch_op.f('ix_service_records_client_id'))

    op.drop_table('service_records')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_plan_item_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_partner_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_client_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('plan_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_changes_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_changes_item_id'))
        batch_op.drop_index(batch_op.f('ix_plan_changes_changed_by'))

    op.drop_table('plan_changes')
    with op.batch_alter_table('plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_items_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_items_need_id'))

    op.drop_table('plan_items')
    with op.batch_alter_table('transport_trips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transport_trips_request_id'))
        batch_op.drop_index(batch_op.f('ix_transport_trips_driver_id'))

    op.drop_table('transport_trips')
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_needs_assessment_id'))

    op.drop_table('needs')
    with op.batch_alter_table('housing_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_housing_steps_request_id'))

    op.drop_table('housing_steps')
    with op.batch_alter_table('action_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plans_counsellor_id'))
        batch_op.drop_index(batch_op.f('ix_action_plans_client_id'))
        batch_op.drop_index(batch_op.f('ix_action_plans_assessment_id'))

    op.drop_table('action_plans')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_taken_by'))
        batch_op.drop_index(batch_op.f('ix_visits_office_id'))
        batch_op.drop_index(batch_op.f('ix_visits_client_id'))
        batch_op.drop_index(batch_op.f('ix_visits_arrived_at'))

    op.drop_table('visits')
    with op.batch_alter_table('transport_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transport_requests_rule_id'))
        batch_op.drop_index(batch_op.f('ix_transport_requests_decided_by'))
        batch_op.drop_index(batch_op.f('ix_transport_requests_client_id'))

    op.drop_table('transport_requests')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requests_due_at'))
        batch_op.drop_index(batch_op.f('ix_requests_client_id'))
        batch_op.drop_index(batch_op.f('ix_requests_assigned_to'))

    op.drop_table('requests')
    with op.batch_alter_table('needs_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_needs_assessments_household_id'))
        batch_op.drop_index(batch_op.f('ix_needs_assessments_counsellor_id'))
        batch_op.drop_index(batch_op.f('ix_needs_assessments_client_id'))

    op.drop_table('needs_assessments')
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_documents_revoked_by'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_partner_id'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_issued_by'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_copy_of_id'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_client_id'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_activity_id'))

    op.drop_table('issued_documents')
    with op.batch_alter_table('housing_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_housing_requests_household_id'))
        batch_op.drop_index(batch_op.f('ix_housing_requests_client_id'))

    op.drop_table('housing_requests')
    with op.batch_alter_table('household_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_members_household_id'))
        batch_op.drop_index(batch_op.f('ix_household_members_client_id'))

    op.drop_table('household_members')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_client_id'))
        batch_op.drop_index(batch_op.f('ix_enrolments_activity_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_recorded_by'))
        batch_op.drop_index(batch_op.f('ix_consents_partner_id'))
        batch_op.drop_index(batch_op.f('ix_consents_client_id'))

    op.drop_table('consents')
    with op.batch_alter_table('confidential_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_confidential_notes_client_id'))
        batch_op.drop_index(batch_op.f('ix_confidential_notes_author_id'))

    op.drop_table('confidential_notes')
    with op.batch_alter_table('client_languages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_languages_client_id'))

    op.drop_table('client_languages')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_client_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_starts_at'))
        batch_op.drop_index(batch_op.f('ix_appointments_office_id'))
        batch_op.drop_index(batch_op.f('ix_appointments_counsellor_id'))
        batch_op.drop_index(batch_op.f('ix_appointments_client_id'))

    op.drop_table('appointments')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_phone_digits'))
        batch_op.drop_index(batch_op.f('ix_clients_office_id'))
        batch_op.drop_index(batch_op.f('ix_clients_mifi_client_number'))
        batch_op.drop_index(batch_op.f('ix_clients_household_id'))
        batch_op.drop_index(batch_op.f('ix_clients_birth_date'))
        batch_op.drop_index(batch_op.f('ix_clients_assigned_counsellor_id'))

    op.drop_table('clients')
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_sessions_starts_at'))
        batch_op.drop_index(batch_op.f('ix_activity_sessions_facilitator_id'))
        batch_op.drop_index(batch_op.f('ix_activity_sessions_activity_id'))

    op.drop_table('activity_sessions')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_office_id'))

    op.drop_table('users')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_office_id'))

    op.drop_table('activities')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offices_organization_id'))

    op.drop_table('offices')
    op.drop_table('transport_rules')
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settings_key'))

    op.drop_table('settings')
    op.drop_table('partners')
    op.drop_table('organizations')
    op.drop_table('households')
    op.drop_table('confidentiality_incidents')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
