"""The shared StreamField block library (DESIGN.md §1: core).

Each block has an icon, a template in templates/core/blocks/ and a preview
value, so editors see what they insert. Apps compose their own blocks from
these in their blocks.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading_block.html"
        preview_value = {"text": "Capacitación para la industria automotriz", "level": "h2"}
        description = _("A section heading; it also appears in the page outline.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph_block.html"
        preview_value = (
            "<p>Los clústeres automotrices reúnen a empresas, gobierno y academia "
            "para formar talento en las plantas de México.</p>"
        )
        description = _("Formatted text with links and lists.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    attribution = blocks.CharBlock(label=_("Credit"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "core/blocks/image_block.html"
        # The preview shows a sample picture: a real one needs an uploaded image.
        preview_template = "core/blocks/previews/image_block.html"
        description = _("An image with alternative text, caption and credit.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "core/blocks/call_to_action_block.html"
        preview_value = {
            "title": "Inscríbete en la próxima generación",
            "text": "Cupo limitado para ingenieros de empresas socias.",
            "url": "https://example.org/",
            "button_label": "Ver cursos",
        }
        description = _("A highlighted box that invites the reader to act.")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a link."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=800)
    author = blocks.CharBlock(label=_("Author"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role or organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"
        preview_value = {
            "quote": "Estamos capacitando a cerca de 2,000 personas al mes.",
            "author": "Dirección del clúster",
            "role": "Clúster Automotriz Metropolitano",
        }
        description = _("A quotation with its author.")


class EmbedBlock(blocks.StructBlock):
    embed = WagtailEmbedBlock(label=_("Video or media URL"))
    title = blocks.CharBlock(
        label=_("Accessible title"),
        max_length=200,
        help_text=_("Read by screen readers, e.g. 'Video: high-voltage safety'."),
    )

    class Meta:
        icon = "media"
        label = _("Embedded media")
        template = "core/blocks/embed_block.html"
        # The preview shows a sample player: fetching a real embed needs the network.
        preview_template = "core/blocks/previews/embed_block.html"
        description = _("A video or other media from a provider such as YouTube or Vimeo.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
    embed = EmbedBlock()
